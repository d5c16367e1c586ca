using System.Net;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Benchmarks.Reporting;

namespace Portal.Benchmarks.Throughput;

/// <summary>
/// Goal: the portal serves a tenant's home page (<c>GET /met/</c>) at no less than half the request rate of a
/// bare ASP.NET Core app serving the same bytes, both on Kestrel in this process, driven by the same load loop.
/// </summary>
public static class ThroughputMode
{
    public const string Name = "throughput";
    private const double GoalRatio = 0.5;
    private const int Workers = 8;

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        var warmup = TimeSpan.FromSeconds(quick ? 1 : 3);
        var measure = TimeSpan.FromSeconds(quick ? 2 : 10);
        var rounds = quick ? 1 : 4; // A/B/A/B twice: four measured windows each, alternating.

        var recipe = ShippedRecipes.Find("demo") is null ? "platform" : "demo";
        Console.WriteLine($"[throughput] starting the portal (Production, setup recipe '{recipe}')");
        await using var portal = new PortalServer(recipe);
        portal.Start();
        await new TenantProvisioner(portal.Services).EnsureRunningAsync("met");

        var portalUrl = new Uri(portal.BaseAddress, "met/");
        var (body, contentType) = await FetchOnceAsync(portalUrl);
        Console.WriteLine($"[throughput] {portalUrl} -> {body.Length} bytes of {contentType}");

        await using var bare = await BareServer.StartAsync(body, contentType);
        var bareUrl = bare.BaseAddress;
        var (bareBody, _) = await FetchOnceAsync(bareUrl);
        if (!bareBody.AsSpan().SequenceEqual(body))
        {
            throw new InvalidOperationException("The baseline server does not serve the portal's bytes.");
        }

        var load = new LoadGenerator(Workers, warmup, measure);
        var portalRuns = new List<LoadRun>();
        var bareRuns = new List<LoadRun>();
        for (var round = 1; round <= rounds; round++)
        {
            portalRuns.Add(Print(round, await load.RunAsync("portal", portalUrl)));
            bareRuns.Add(Print(round, await load.RunAsync("bare", bareUrl)));
        }

        var portalRps = Statistics.Median(portalRuns.Select(r => r.RequestsPerSecond));
        var bareRps = Statistics.Median(bareRuns.Select(r => r.RequestsPerSecond));
        var ratio = portalRps / bareRps;
        var failures = portalRuns.Sum(r => r.Failures) + bareRuns.Sum(r => r.Failures);
        var shape = $"{Workers} workers, {warmup.TotalSeconds:F0} s warm-up + {measure.TotalSeconds:F0} s measured x {rounds} alternating, median";
        return
        [
            GoalResult.Info(Name, $"portal GET /met/ ({body.Length} B, recipe {recipe})", Describe(portalRuns, portalRps)),
            GoalResult.Info(Name, "bare MapGet(\"/\") same bytes", Describe(bareRuns, bareRps)),
            new GoalResult(Name, $"requests/s ratio portal/bare ({shape})", $"{ratio:F2} ({portalRps:F0} / {bareRps:F0} req/s)",
                $"{bareRps:F0} req/s", $">= {GoalRatio:F1}", ratio >= GoalRatio && failures == 0),
            GoalResult.Info(Name, "failed requests (non-200 or error)", failures.ToString()),
        ];
    }

    private static string Describe(List<LoadRun> runs, double medianRps) =>
        $"{medianRps:F0} req/s, p50 {Statistics.Median(runs.Select(r => r.P50Ms)):F2} ms, p99 {Statistics.Median(runs.Select(r => r.P99Ms)):F2} ms, " +
        $"{Statistics.Median(runs.Select(r => r.LockContentionsPerRequest)):F2} lock contentions/request";

    private static LoadRun Print(int round, LoadRun run)
    {
        Console.WriteLine($"[throughput] round {round} {run.Target,-6} {run.RequestsPerSecond,8:F0} req/s  p50 {run.P50Ms:F2} ms  " +
            $"p99 {run.P99Ms:F2} ms  ({run.Requests} requests, {run.Failures} failed, {run.LockContentionsPerRequest:F2} lock contentions/request)");
        return run;
    }

    private static async Task<(byte[] Body, string ContentType)> FetchOnceAsync(Uri url)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 500)))}");
        }

        return (body, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream");
    }
}
