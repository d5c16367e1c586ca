namespace Portal.CallRouting.Agreements.Models;

/// <summary>
/// A contingency plan a partner force switched on (and later off), as it told this force: what the dashboard's banner
/// and the routing notifications show. Keyed by the partner and its activation id.
/// </summary>
public sealed class PartnerContingencyNotice
{
    public string PartnerTenant { get; set; } = "";

    public Guid ActivationId { get; set; }

    public string PlanCode { get; set; } = "";

    public string PlanName { get; set; } = "";

    /// <summary>The partner's queues the plan switches, comma separated (for display only).</summary>
    public string Queues { get; set; } = "";

    public string Reason { get; set; } = "";

    public string ActivatedBy { get; set; } = "";

    public long ActivatedUnixMs { get; set; }

    /// <summary>When the partner's plan reverts by itself unless reverted sooner.</summary>
    public long RevertUnixMs { get; set; }

    public long? RevertedUnixMs { get; set; }

    public string? RevertedBy { get; set; }

    public string? RevertReason { get; set; }

    public bool RevertedAutomatically { get; set; }

    /// <summary>In force at <paramref name="nowUnixMs"/>: not reverted, and its time has not run out.</summary>
    public bool IsActiveAt(long nowUnixMs) => RevertedUnixMs is null && RevertUnixMs > nowUnixMs;
}
