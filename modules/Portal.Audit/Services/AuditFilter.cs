using Portal.Abstractions.Audit;

namespace Portal.Audit.Services;

/// <summary>A parsed, valid search: every part optional. <see cref="To"/> is inclusive.</summary>
public sealed record AuditFilter(
    DateTime? From = null,
    DateTime? To = null,
    string? Category = null,
    AuditOutcome? Outcome = null,
    string? Actor = null,
    string? Text = null,
    int Page = 1,
    int PageSize = AuditFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
