namespace Portal.Audit.Services;

/// <summary>
/// What a walk along the chain found: intact after <see cref="Checked"/> entries, or broken at entry
/// <see cref="BrokenAt"/> for <see cref="Reason"/> (the first break; what follows it is not judged).
/// </summary>
public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAt = null, string? Reason = null)
{
    public string Summary => Intact
        ? $"The audit log is intact: {Checked} {(Checked == 1 ? "entry" : "entries")} checked."
        : $"The chain breaks at entry #{BrokenAt}: {Reason}";
}
