namespace Portal.CallRouting.Agreements.Models;

/// <summary>
/// This force's copy of an overflow agreement. Both forces keep one under the same <see cref="Id"/>; each copy changes
/// only through this force's own actions or the partner's events. Who and when of each step are kept for the record.
/// </summary>
public sealed class OverflowAgreement
{
    public string Id { get; set; } = "";

    public AgreementRole Role { get; set; }

    /// <summary>The other force (tenant name).</summary>
    public string PartnerTenant { get; set; } = "";

    /// <summary>The proposer's queue whose calls may overflow.</summary>
    public string QueueCode { get; set; } = "";

    public int MaxConcurrentCalls { get; set; }

    /// <summary>Weekly periods as JSON (<see cref="Services.AgreementHours"/>); an empty list means at any hour.</summary>
    public string HoursJson { get; set; } = "[]";

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The stored state: never <see cref="AgreementState.Expired"/> (that is read from <see cref="ExpiresAt"/>).</summary>
    public AgreementState State { get; set; }

    public string ProposedBy { get; set; } = "";

    public DateTimeOffset ProposedAt { get; set; }

    /// <summary>Who accepted or declined (at the partner), when, and the reason given for a decline.</summary>
    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DeclineReason { get; set; }

    /// <summary>Who revoked (and which force), when and why.</summary>
    public string? RevokedBy { get; set; }

    public string? RevokedByTenant { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>Changes on every save: two people acting on the same agreement at once cannot both win.</summary>
    public Guid Version { get; set; }

    public AgreementState StateAt(DateTimeOffset now) =>
        State is AgreementState.Proposed or AgreementState.Accepted && ExpiresAt <= now ? AgreementState.Expired : State;
}
