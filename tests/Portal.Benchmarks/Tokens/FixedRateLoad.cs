using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks.Tokens;

/// <summary>
/// An open-loop load: request i is due at start + i / rate, whatever happened to earlier requests, and is sent
/// without waiting for them (no cap on requests in flight, no cap on connections). Latency is measured from the
/// due time, not from the moment the request was actually sent, so a stalled server or a late scheduler shows
/// up as latency instead of as fewer requests (no coordinated omission). A warm-up at the same rate comes first
/// and is drained before the measured window; only requests due inside the measured window count.
/// </summary>
public sealed class FixedRateLoad(double ratePerSecond, TimeSpan warmup, TimeSpan measure)
{
    public async Task<FixedRateRun> RunAsync(string target, Func<HttpRequestMessage> request, Func<HttpResponseMessage, Task<bool>> succeeded)
    {
        using var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var warmupCount = (long)Math.Round(ratePerSecond * warmup.TotalSeconds);
        var measuredCount = (long)Math.Round(ratePerSecond * measure.TotalSeconds);
        var total = warmupCount + measuredCount;
        var ticksPerRequest = Stopwatch.Frequency / ratePerSecond;
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, long>();
        long lastMeasuredCompletion = 0;
        var worstLag = 0.0;
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));

        // Warm-up at the same rate, then drained: a backlog built while the code was still being compiled must not
        // spill into the measured window.
        await ScheduleAsync(warmupCount, measured: false);
        await Task.WhenAll(inFlight);
        inFlight.Clear();
        worstLag = 0;
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var windowStart = await ScheduleAsync(measuredCount, measured: true);
        await Task.WhenAll(inFlight);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var sorted = latencies.Order().ToArray();
        var elapsed = (Interlocked.Read(ref lastMeasuredCompletion) - windowStart) / (double)Stopwatch.Frequency;
        return new FixedRateRun(
            target,
            ratePerSecond,
            sorted.Length == 0 || elapsed <= 0 ? 0 : sorted.Length / Math.Max(elapsed, measure.TotalSeconds),
            Infrastructure.Statistics.Percentile(sorted, 50),
            Infrastructure.Statistics.Percentile(sorted, 99),
            sorted.Length == 0 ? double.NaN : sorted[^1],
            measuredCount,
            sorted.Length,
            failures.Values.Sum(),
            failures.IsEmpty ? "none" : string.Join(", ", failures.OrderByDescending(f => f.Value).Select(f => $"{f.Key} x{f.Value}")),
            worstLag,
            cpu.TotalMilliseconds / measuredCount);

        // The schedule runs on its own thread, not the thread pool: the server under test shares this process's
        // pool, and a starved pool must delay responses (measured), not the sending of requests (hidden).
        // Returns the first due time once every request has been sent.
        Task<long> ScheduleAsync(long count, bool measured)
        {
            var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 20;
            var scheduled = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var scheduler = new Thread(() =>
            {
                try
                {
                    for (long i = 0; i < count; i++)
                    {
                        var due = start + (long)(i * ticksPerRequest);
                        // Rounded up to whole milliseconds: a request may leave up to 1 ms late (counted), never early.
                        var wait = due - Stopwatch.GetTimestamp();
                        if (wait > 0)
                        {
                            Thread.Sleep((int)Math.Ceiling(wait * 1000.0 / Stopwatch.Frequency));
                        }

                        worstLag = Math.Max(worstLag, (Stopwatch.GetTimestamp() - due) * 1000.0 / Stopwatch.Frequency);
                        inFlight.Add(SendAsync(due, measured));
                    }

                    scheduled.SetResult(start);
                }
                catch (Exception ex)
                {
                    scheduled.SetException(ex);
                }
            })
            {
                IsBackground = true,
                Name = "fixed-rate scheduler",
                Priority = ThreadPriority.AboveNormal,
            };
            scheduler.Start();
            return scheduled.Task;
        }

        async Task SendAsync(long due, bool measured)
        {
            string? failure = null;
            try
            {
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                if (!await succeeded(response))
                {
                    failure = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (HttpRequestException ex)
            {
                failure = ex.HttpRequestError.ToString();
            }
            catch (TaskCanceledException)
            {
                failure = "timeout";
            }

            var done = Stopwatch.GetTimestamp();
            if (!measured)
            {
                return;
            }

            if (failure is null)
            {
                latencies.Add((done - due) * 1000.0 / Stopwatch.Frequency);
                long seen;
                while ((seen = Interlocked.Read(ref lastMeasuredCompletion)) < done
                    && Interlocked.CompareExchange(ref lastMeasuredCompletion, done, seen) != seen)
                {
                }
            }
            else
            {
                failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
            }
        }
    }
}
