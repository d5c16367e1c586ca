namespace Portal.CallRouting.Agreements.Models;

/// <summary>
/// A call this force overflowed to a partner under an agreement (the proposer's side): counted against the agreement's
/// maximum concurrent calls until the partner reports it answered or abandoned (<see cref="SettledUnixMs"/>).
/// </summary>
public sealed class SentOverflowCall
{
    public long Id { get; set; }

    public string AgreementId { get; set; } = "";

    public string PartnerTenant { get; set; } = "";

    /// <summary>The telephony platform's call id: one row per call and agreement, however often it is asked.</summary>
    public string CallId { get; set; } = "";

    public string QueueCode { get; set; } = "";

    public long OverflowedUnixMs { get; set; }

    public long? SettledUnixMs { get; set; }

    public string? Outcome { get; set; }
}
