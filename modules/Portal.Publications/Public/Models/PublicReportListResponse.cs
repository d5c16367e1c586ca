namespace Portal.Publications.Public.Models;

/// <summary>One page of the public API's search, with the marking every public response carries.</summary>
public sealed record PublicReportListResponse(string Marking, IReadOnlyList<PublicReportSummaryResponse> Items, int Total, int Page, int PageSize, int TotalPages);
