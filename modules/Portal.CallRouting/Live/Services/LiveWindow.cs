namespace Portal.CallRouting.Live.Services;

/// <summary>The periods the live figures are taken over; the same for the Redis and the in-process store.</summary>
internal static class LiveWindow
{
    /// <summary>Answered and abandoned calls count for this long (the dashboard's "last 15 minutes").</summary>
    public static readonly TimeSpan Figures = TimeSpan.FromMinutes(15);

    /// <summary>A call answered within this wait counts towards the service level (999: 90% within 10 s).</summary>
    public static readonly TimeSpan ServiceLevelWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a finished call is remembered, so that its <c>CallOffered</c> arriving late (the bus does not promise
    /// order) does not leave it waiting for ever.
    /// </summary>
    public static readonly TimeSpan FinishedCallMemory = TimeSpan.FromHours(1);
}
