using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>One page of matches, newest first, and how many there are in all.</summary>
public sealed record AuditSearchPage(IReadOnlyList<AuditRecord> Entries, long Total, int Page, int PageSize)
{
    public long PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
