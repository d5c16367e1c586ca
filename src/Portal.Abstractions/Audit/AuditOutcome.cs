namespace Portal.Abstractions.Audit;

public enum AuditOutcome
{
    Success,
    Failure,
    /// <summary>An authorization refusal: someone asked for what they may not have.</summary>
    Refused,
}
