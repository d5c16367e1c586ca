using System.Diagnostics;

namespace Portal.Benchmarks.Events;

/// <summary>
/// Sends batches of events through a path, then waits (with a deadline) until every one is handled, and turns
/// the counts into an <see cref="EventsRun"/>. Open loop: batch i is due at start + i / rate and sent without
/// waiting for the earlier ones, so a slow path shows as lag instead of as fewer events offered. Closed loop:
/// workers send batch after batch as fast as the path accepts them (the path's maximum rate).
/// </summary>
public sealed class EventsDriver(TimeSpan drainDeadline)
{
    public Task<EventsRun> OpenLoopAsync(IEventPath path, double batchesPerSecond, int batchSize, TimeSpan window, CancellationToken cancellationToken) =>
        RunAsync(path, batchSize, async (send) =>
        {
            var count = (long)Math.Round(batchesPerSecond * window.TotalSeconds);
            var started = Stopwatch.GetTimestamp();
            var inFlight = new List<Task>((int)count);
            for (long i = 0; i < count; i++)
            {
                var due = started + (long)(i * Stopwatch.Frequency / batchesPerSecond);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                inFlight.Add(send(i));
            }

            await Task.WhenAll(inFlight);
        }, cancellationToken);

    public Task<EventsRun> ClosedLoopAsync(IEventPath path, int workers, int batchSize, TimeSpan window, CancellationToken cancellationToken) =>
        RunAsync(path, batchSize, async (send) =>
        {
            var until = Stopwatch.GetTimestamp() + (long)(window.TotalSeconds * Stopwatch.Frequency);
            long next = -1;
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
            {
                while (Stopwatch.GetTimestamp() < until)
                {
                    await send(Interlocked.Increment(ref next));
                }
            }));
        }, cancellationToken);

    private async Task<EventsRun> RunAsync(IEventPath path, int batchSize, Func<Func<long, Task>, Task> load, CancellationToken cancellationToken)
    {
        var before = await path.CountAsync(long.MaxValue, cancellationToken);
        long sent = 0, failedSends = 0;
        var startUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var clock = Stopwatch.StartNew();
        await load(async index =>
        {
            try
            {
                if (await path.SendBatchAsync(index, batchSize, cancellationToken))
                {
                    Interlocked.Add(ref sent, batchSize);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Counted below: an event that could not be sent is an event lost to the goal.
            }

            Interlocked.Add(ref failedSends, batchSize);
        });
        var window = clock.Elapsed;
        var endUnixMs = startUnixMs + (long)window.TotalMilliseconds;

        // Drained when every sent event is handled; a deadline, so that a lost event fails the run instead of hanging it.
        var deadline = Stopwatch.StartNew();
        HandledCount now;
        while (true)
        {
            now = await path.CountAsync(endUnixMs, cancellationToken);
            if (now.Total - before.Total >= sent || deadline.Elapsed > drainDeadline)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        var handled = now.Total - before.Total;
        var lastHandledSeconds = handled == 0 ? 0 : (now.LastHandledUnixMs - startUnixMs) / 1000.0;
        return new EventsRun(sent, handled, now.UpTo - before.Total, window.TotalSeconds, lastHandledSeconds, failedSends, now.Repeated - before.Repeated);
    }
}
