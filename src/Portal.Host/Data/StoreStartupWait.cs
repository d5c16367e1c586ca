using Microsoft.Extensions.Logging;

namespace Portal.Host.Data;

/// <summary>
/// Runs a start-up step against the store again while the database cannot be reached (see
/// <see cref="StoreUnavailable"/>), up to <c>Portal:Database:StartupWaitSeconds</c>. Anything else fails at once:
/// a wrong password or a broken migration does not get better by waiting.
/// </summary>
internal static class StoreStartupWait
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(Func<CancellationToken, Task> step, TimeSpan wait, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        var pause = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await step(cancellationToken);
                return;
            }
            catch (Exception ex) when (StoreUnavailable.Is(ex) && DateTimeOffset.UtcNow + pause < deadline)
            {
                logger.LogWarning("The store cannot be reached at start-up (attempt {Attempt}: {Reason}); trying again in {Pause} ms",
                    attempt, ex.GetBaseException().Message, (int)pause.TotalMilliseconds);
                StoreUnavailable.ForgetBrokenConnections();
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }
}
