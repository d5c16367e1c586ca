namespace Portal.Audit.Models;

/// <summary>An entry as the API shows it; the export writes the same fields.</summary>
public sealed record AuditEntryResponse(long Sequence, string Timestamp, string Category, string Action, string Outcome,
    string Actor, string? RemoteAddress, string? Subject, string? Detail, string PreviousHash, string Hash)
{
    public static AuditEntryResponse From(AuditRecord e) => new(e.Sequence, Services.AuditHash.FormatTimestamp(e.Timestamp),
        e.Category, e.Action, e.Outcome, e.Actor, e.RemoteAddress, e.Subject, e.Detail, e.PreviousHash, e.Hash);
}
