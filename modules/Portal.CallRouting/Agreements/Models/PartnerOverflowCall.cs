namespace Portal.CallRouting.Agreements.Models;

/// <summary>A call a partner force overflowed to this force under an accepted agreement (what the dashboard counts).</summary>
public sealed class PartnerOverflowCall
{
    public long Id { get; set; }

    public string AgreementId { get; set; } = "";

    public string PartnerTenant { get; set; } = "";

    /// <summary>The partner's call id: one row per call, however often the event is delivered.</summary>
    public string CallId { get; set; } = "";

    public string QueueCode { get; set; } = "";

    public DateTimeOffset OverflowedAt { get; set; }

    /// <summary><see cref="OverflowedAt"/> in Unix milliseconds, for range queries on either provider.</summary>
    public long OverflowedUnixMs { get; set; }

    /// <summary>When this force's telephony reported the call answered or abandoned (Unix ms); null while it waits.</summary>
    public long? SettledUnixMs { get; set; }

    /// <summary><c>answered</c> or <c>abandoned</c> once settled (see <see cref="OverflowCallOutcome"/>).</summary>
    public string? Outcome { get; set; }
}
