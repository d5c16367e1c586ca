namespace Portal.Audit.Models;

/// <summary>The result of checking the chain: intact, or the first entry that breaks it and why.</summary>
public sealed record AuditVerificationResponse(bool Intact, long Checked, long? BrokenAt, string? Reason, string Summary);
