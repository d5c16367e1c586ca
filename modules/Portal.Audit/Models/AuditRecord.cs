namespace Portal.Audit.Models;

/// <summary>
/// One stored audit entry. <see cref="Hash"/> is SHA-256 over every other field (see <see cref="Services.AuditHash"/>),
/// <see cref="PreviousHash"/> the hash of the entry numbered one less (64 zeros for the first): changing, removing
/// or reordering an entry breaks the chain at that entry.
/// </summary>
public sealed class AuditRecord
{
    public long Sequence { get; set; }

    /// <summary>UTC, to the microsecond (what PostgreSQL keeps), so the hash survives a round trip through either store.</summary>
    public DateTime Timestamp { get; set; }

    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    /// <summary>An <see cref="Portal.Abstractions.Audit.AuditOutcome"/> by name.</summary>
    public string Outcome { get; set; } = "";
    public string Actor { get; set; } = "";
    public string? RemoteAddress { get; set; }
    public string? Subject { get; set; }
    public string? Detail { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
