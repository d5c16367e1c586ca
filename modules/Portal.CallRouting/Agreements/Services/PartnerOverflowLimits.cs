namespace Portal.CallRouting.Agreements.Services;

/// <summary>The windows the partner-overflow figures are read over.</summary>
public static class PartnerOverflowLimits
{
    /// <summary>The dashboard counts overflowed calls over this window, like the queues' own figures.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A call overflowed longer ago than this without an answer or abandonment reported is no longer counted as in
    /// progress: no 999/101 call waits that long, so its settlement was lost (the partner disabled routing, say), and
    /// counting it for ever would close the agreement to calls that it should still take.
    /// </summary>
    public static readonly TimeSpan InProgressHorizon = TimeSpan.FromHours(1);
}
