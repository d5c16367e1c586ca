using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks.Throughput;

/// <summary>
/// A closed-loop HTTP load: N workers each send a request, read the whole answer, and send the next. A warm-up
/// window (connections opened, JIT settled) is followed by a measured window; only requests that start and finish
/// in the measured window count. The same loop drives the portal and the baseline, and the token ceiling.
/// </summary>
public sealed class LoadGenerator(int workers, TimeSpan warmup, TimeSpan measure)
{
    private const int Warming = 0, Measuring = 1, Stopping = 2;

    /// <summary>GET <paramref name="url"/>; a 200 counts as success.</summary>
    public Task<LoadRun> RunAsync(string target, Uri url) =>
        RunAsync(target, () => new HttpRequestMessage(HttpMethod.Get, url),
            response => Task.FromResult(response.StatusCode == HttpStatusCode.OK));

    public async Task<LoadRun> RunAsync(string target, Func<HttpRequestMessage> request, Func<HttpResponseMessage, Task<bool>> succeeded)
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
            latencies[index] = new List<double>(capacity: 64 * 1024);
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
        var contentionsBefore = Monitor.LockContentionCount;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var workItemsBefore = ThreadPool.CompletedWorkItemCount;
        Volatile.Write(ref phase, Measuring);
        await Task.Delay(measure);
        Volatile.Write(ref phase, Stopping);
        var contentions = Monitor.LockContentionCount - contentionsBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var workItems = ThreadPool.CompletedWorkItemCount - workItemsBefore;
        window.Stop();
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadRun(target,
            all.Length / window.Elapsed.TotalSeconds,
            Infrastructure.Statistics.Percentile(all, 50),
            Infrastructure.Statistics.Percentile(all, 99),
            all.Length,
            failures.Sum(),
            all.Length == 0 ? 0 : contentions / (double)all.Length,
            all.Length == 0 ? 0 : cpu.TotalMicroseconds / all.Length,
            all.Length == 0 ? 0 : allocated / (double)all.Length,
            all.Length == 0 ? 0 : workItems / (double)all.Length);
    }
}
