using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks.Tokens;

/// <summary>
/// An open-loop load: request i is due at start + i / rate, whatever happened to earlier requests, and is sent
/// without waiting for them (no cap on requests in flight, no cap on connections). Latency is measured from the
/// due time, not from the moment the request was actually sent, so a stalled server or a late scheduler shows
/// up as latency instead of as fewer requests (no coordinated omission). A warm-up at the same rate comes first;
/// only requests due inside the measured window count.
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

        var start = Stopwatch.GetTimestamp();
        var windowStart = start + (long)(warmupCount * ticksPerRequest);
        for (long i = 0; i < total; i++)
        {
            var due = start + (long)(i * ticksPerRequest);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait / (double)Stopwatch.Frequency));
            }

            var lag = (Stopwatch.GetTimestamp() - due) * 1000.0 / Stopwatch.Frequency;
            worstLag = Math.Max(worstLag, lag);
            var measured = i >= warmupCount;
            inFlight.Add(SendAsync(due, measured));
        }

        await Task.WhenAll(inFlight);

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
            worstLag);

        async Task SendAsync(long due, bool measured)
        {
            // Off the scheduling loop at once: the loop must not wait for a connection or a response.
            await Task.Yield();
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
