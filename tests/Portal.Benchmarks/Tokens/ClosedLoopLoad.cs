using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks.Tokens;

/// <summary>
/// The ceiling when a fixed rate cannot be held: N workers each send a request, wait for its answer, and send the
/// next. Only requests that start and finish inside the measured window count. Unlike the throughput mode's
/// GET loop, this one sends any request (a token POST here).
/// </summary>
public sealed class ClosedLoopLoad(int workers, TimeSpan warmup, TimeSpan measure)
{
    private const int Warming = 0, Measuring = 1, Stopping = 2;

    public async Task<(double PerSecond, double P50Ms, double P99Ms, long Failures)> RunAsync(
        Func<HttpRequestMessage> request, Func<HttpResponseMessage, Task<bool>> succeeded)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = workers,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var phase = Warming;
        var latencies = new List<double>[workers];
        var failures = new long[workers];
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var index = w;
            latencies[index] = new List<double>(capacity: 16 * 1024);
            tasks[index] = Task.Run(async () =>
            {
                while (Volatile.Read(ref phase) != Stopping)
                {
                    var startedIn = Volatile.Read(ref phase);
                    var started = Stopwatch.GetTimestamp();
                    var ok = false;
                    try
                    {
                        using var message = request();
                        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                        ok = await succeeded(response);
                    }
                    catch (HttpRequestException)
                    {
                    }
                    catch (TaskCanceledException)
                    {
                    }

                    var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (startedIn == Measuring && Volatile.Read(ref phase) == Measuring)
                    {
                        if (ok)
                        {
                            latencies[index].Add(elapsedMs);
                        }
                        else
                        {
                            failures[index]++;
                        }
                    }
                }
            });
        }

        await Task.Delay(warmup);
        var window = Stopwatch.StartNew();
        Volatile.Write(ref phase, Measuring);
        await Task.Delay(measure);
        Volatile.Write(ref phase, Stopping);
        window.Stop();
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return (all.Length / window.Elapsed.TotalSeconds,
            Infrastructure.Statistics.Percentile(all, 50),
            Infrastructure.Statistics.Percentile(all, 99),
            failures.Sum());
    }
}
