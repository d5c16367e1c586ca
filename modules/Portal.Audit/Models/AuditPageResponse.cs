namespace Portal.Audit.Models;

/// <summary>One page of a search, newest first.</summary>
public sealed record AuditPageResponse(int Page, int PageSize, long Total, IReadOnlyList<AuditEntryResponse> Entries);
