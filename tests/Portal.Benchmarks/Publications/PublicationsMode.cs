using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Benchmarks.Reporting;
using Portal.Benchmarks.Stores;
using Portal.Benchmarks.Throughput;
using Portal.Benchmarks.Tokens;

namespace Portal.Benchmarks.Publications;

/// <summary>
/// Goals (issue 6), on met with <see cref="Reports"/> published reports (<see cref="ReportStoreSeeder"/>):
/// <list type="number">
/// <item>A public report page served from the module's output cache (<c>PublicPagesCachePolicy</c>) runs at no less
/// than half the request rate of a static file of the same bytes served by the same portal process in the same run
/// (<see cref="StaticTwin"/>): closed loop, <see cref="Workers"/> workers, alternating rounds, median.</item>
/// <item>The public search (<c>GET /met/api/public/publications</c>, never cached) answers a varied mix of queries
/// (<see cref="SearchQueryMix"/>) at a fixed 200 requests/s with p99 under 50 ms, latency from each request's scheduled
/// time (<see cref="FixedRateLoad"/>): on the embedded default (SQLite FTS5), and with <c>--with-services</c> also on
/// PostgreSQL (a database of the run's own, as the stores mode does).</item>
/// </list>
/// </summary>
public static class PublicationsMode
{
    public const string Name = "publications";
    public const int Reports = 10_000;
    private const string Tenant = "met";
    private const int Workers = 8;
    private const double GoalPageRatio = 0.5;
    private const double SearchRate = 200;
    private const double GoalSearchP99Ms = 50;

    // "Held": at least 98 % of the offered rate answered successfully over the window, as the tokens mode reads it.
    private const double SustainedShare = 0.98;

    /// <summary>The report whose page is measured: any of the corpus, fixed so runs compare.</summary>
    private const int PageReportIndex = 4_242;

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        var results = new List<GoalResult>();
        results.AddRange(await EmbeddedAsync(quick));
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(BenchDatabase.ServerVariable)))
        {
            results.Add(GoalResult.Info(Name, "search on PostgreSQL", $"not run: {BenchDatabase.ServerVariable} is not set (run `infra/bench.sh --with-services publications`)"));
        }
        else
        {
            results.AddRange(await PostgresAsync(quick));
        }

        return results;
    }

    private static async Task<IReadOnlyList<GoalResult>> EmbeddedAsync(bool quick)
    {
        using var webRoot = new TempDirectory("webroot");
        var settings = new Dictionary<string, string?>(SameInEveryRun)
        {
            ["Portal:Database:Provider"] = "Sqlite",
            // The portal's web root is a folder of the run's own, where the static twin of the page is written.
            [Microsoft.AspNetCore.Hosting.WebHostDefaults.WebRootKey] = webRoot.Path,
        };
        Console.WriteLine("[publications] starting the portal on SQLite (Production, setup recipe 'demo-empty')");
        await using var portal = new PortalServer("demo-empty", settings);
        portal.Start();
        var seeding = await SeedAsync(portal, "SQLite");

        var results = new List<GoalResult> { seeding };
        results.AddRange(await PageAsync(portal, webRoot.Path, quick));
        results.AddRange(await SearchAsync(portal, "SQLite FTS5", quick));
        return results;
    }

    private static async Task<IReadOnlyList<GoalResult>> PostgresAsync(bool quick)
    {
        await using var database = await BenchDatabase.CreateAsync();
        Console.WriteLine("[publications] starting the portal on PostgreSQL (Production, setup recipe 'demo-empty')");
        await using var portal = new PortalServer("demo-empty", new Dictionary<string, string?>(SameInEveryRun)
        {
            ["Portal:Database:Provider"] = "Postgres",
            ["Portal:Database:ConnectionString"] = database.ConnectionString,
            ["Portal:Database:TenantRolePrefix"] = database.RolePrefix,
            ["Portal:Database:AllowUnencryptedKeyRing"] = "true", // a throw-away database on loopback
        });
        portal.Start();
        var seeding = await SeedAsync(portal, "PostgreSQL");
        var results = new List<GoalResult> { seeding };
        results.AddRange(await SearchAsync(portal, "PostgreSQL full-text", quick));
        return results;
    }

    /// <summary>Only the store differs between runs: cache and bus stay in process, whatever --with-services exported.</summary>
    private static IReadOnlyDictionary<string, string?> SameInEveryRun { get; } = new Dictionary<string, string?>
    {
        ["Portal:Redis:Configuration"] = "",
        ["Portal:Bus:Transport"] = "InMemory",
    };

    private static async Task<GoalResult> SeedAsync(PortalServer portal, string store)
    {
        await new TenantProvisioner(portal.Services).EnsureRunningAsync(Tenant);
        Console.WriteLine($"[publications] publishing {Reports:N0} reports into {Tenant} ({store})");
        var took = await new ReportStoreSeeder(portal).SeedAsync(Tenant, Reports);
        Console.WriteLine($"[publications] {Reports:N0} reports published in {took.TotalSeconds:F1} s");
        return GoalResult.Info(Name, $"corpus on {store}: {Reports:N0} published reports in {Tenant} (module's workflow and recorder, {ReportStoreSeeder.BatchSize} per save)",
            $"seeded in {took.TotalSeconds:F1} s ({Reports / took.TotalSeconds:F0} reports/s; load average {MachineLoad.OneMinuteAverage()})");
    }

    private static async Task<IReadOnlyList<GoalResult>> PageAsync(PortalServer portal, string webRoot, bool quick)
    {
        var warmup = TimeSpan.FromSeconds(quick ? 1 : 3);
        var measure = TimeSpan.FromSeconds(quick ? 2 : 10);
        var rounds = quick ? 1 : 4;

        var pageUrl = new Uri(portal.BaseAddress, $"{Tenant}/publications/{ReportCorpus.Reference(PageReportIndex)}");
        var page = await StaticTwin.CachedPageAsync(pageUrl);
        Console.WriteLine($"[publications] {pageUrl} -> {page.Body.Length} bytes of {page.ContentType}, served from the output cache (Age: {page.Age})");
        var twinUrl = await StaticTwin.WriteAsync(portal.BaseAddress, Tenant, webRoot, page);
        Console.WriteLine($"[publications] static twin {twinUrl} serves the same {page.Body.Length} bytes");

        var load = new LoadGenerator(Workers, warmup, measure);
        var pageRuns = new List<LoadRun>();
        var fileRuns = new List<LoadRun>();
        for (var round = 1; round <= rounds; round++)
        {
            pageRuns.Add(Print(round, await load.RunAsync("page", pageUrl)));
            fileRuns.Add(Print(round, await load.RunAsync("file", twinUrl)));
        }

        var pageRps = Statistics.Median(pageRuns.Select(r => r.RequestsPerSecond));
        var fileRps = Statistics.Median(fileRuns.Select(r => r.RequestsPerSecond));
        var ratio = pageRps / fileRps;
        var failures = pageRuns.Sum(r => r.Failures) + fileRuns.Sum(r => r.Failures);
        var shape = $"{Workers} workers, {warmup.TotalSeconds:F0} s warm-up + {measure.TotalSeconds:F0} s x {rounds} alternating, median";
        return
        [
            GoalResult.Info(Name, $"report page GET /{Tenant}/publications/{{reference}} from the output cache ({page.Body.Length:N0} B)", Describe(pageRuns, pageRps)),
            GoalResult.Info(Name, $"static file of the same bytes, same portal, same tenant prefix", Describe(fileRuns, fileRps)),
            new GoalResult(Name, $"cached report page / static file requests/s ({shape})", $"{ratio:F2} ({pageRps:F0} / {fileRps:F0} req/s)",
                $"{fileRps:F0} req/s", $">= {GoalPageRatio:F1}", ratio >= GoalPageRatio && failures == 0),
            GoalResult.Info(Name, "failed requests in the page runs (non-200 or error)", failures.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    private static async Task<IReadOnlyList<GoalResult>> SearchAsync(PortalServer portal, string engine, bool quick)
    {
        var warmup = TimeSpan.FromSeconds(quick ? 1 : 3);
        var measure = TimeSpan.FromSeconds(quick ? 3 : 20);
        var queries = SearchQueryMix.Build();
        var urls = queries.Select(q => new Uri(portal.BaseAddress, $"{Tenant}/api/public/publications?{q.QueryString}")).ToArray();

        // Every query once, one at a time, checked and timed: a mix that matched nothing (or failed) would measure
        // nothing worth knowing, and the time per kind shows which searches the rate is spent on.
        var totals = new List<int>();
        var times = new List<double>();
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) })
        {
            foreach (var url in urls)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
                }

                totals.Add(JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32());
            }
        }

        var sortedTotals = totals.Select(t => (double)t).Order().ToArray();
        var empty = totals.Count(t => t == 0);
        if (empty > totals.Count / 4)
        {
            throw new InvalidOperationException($"{empty} of {totals.Count} queries matched nothing on {engine}: the corpus or the search is broken.");
        }

        var matches = $"{urls.Length} distinct queries; matches per query min {sortedTotals[0]:F0}, median {Statistics.Percentile(sortedTotals, 50):F0}, " +
            $"max {sortedTotals[^1]:F0}; {empty} match nothing";
        Console.WriteLine($"[publications] {engine}: {matches}");
        var perKind = string.Join("; ", queries.Select((q, i) => (q.Kind, Ms: times[i], Total: totals[i])).GroupBy(x => x.Kind)
            .Select(g => $"{g.Key} {Statistics.Median(g.Select(x => x.Ms)):F1} ms ({Statistics.Median(g.Select(x => (double)x.Total)):F0} matches)"));
        Console.WriteLine($"[publications] {engine}, one at a time, median per kind: {perKind}");

        var next = -1;
        HttpRequestMessage Search() => new(HttpMethod.Get, urls[(int)((uint)Interlocked.Increment(ref next) % (uint)urls.Length)]);
        var loadBefore = MachineLoad.OneMinuteAverage();
        var run = await new FixedRateLoad(SearchRate, warmup, measure).RunAsync($"search {engine}", Search, IsOkAsync);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[publications] search {engine}: offered {run.OfferedPerSecond:F0}/s achieved {run.AchievedPerSecond:F1}/s  p50 {run.P50Ms:F1} ms  p99 {run.P99Ms:F1} ms  " +
            $"max {run.MaxMs:F1} ms  ({run.Succeeded}/{run.Scheduled} ok, failures: {run.FailureKinds}, worst scheduler lag {run.WorstSchedulerLagMs:F1} ms, CPU {run.CpuMsPerRequest:F2} ms/request)"));

        var held = run.Failures == 0 && run.AchievedPerSecond >= SustainedShare * SearchRate;
        var shape = $"open loop {SearchRate:F0}/s, {warmup.TotalSeconds:F0} s warm-up + {measure.TotalSeconds:F0} s, latency from scheduled time";
        return
        [
            new GoalResult(Name, $"search p99 over {Reports:N0} reports, {engine}: GET /{Tenant}/api/public/publications ({shape})",
                $"p99 {run.P99Ms:F1} ms (p50 {run.P50Ms:F1} ms, max {run.MaxMs:F1} ms; {run.Succeeded}/{run.Scheduled} ok at {run.AchievedPerSecond:F1}/s, {run.Failures} failed: {run.FailureKinds})",
                $"{SearchRate:F0}/s offered", $"< {GoalSearchP99Ms:F0} ms, rate held", held && run.P99Ms < GoalSearchP99Ms),
            GoalResult.Info(Name, $"search query mix ({engine})", matches),
            GoalResult.Info(Name, $"search one at a time before the load ({engine}), median per kind of query", perKind),
            GoalResult.Info(Name, $"search cost ({engine})", string.Create(CultureInfo.InvariantCulture,
                $"process CPU {run.CpuMsPerRequest:F2} ms per search (server + load generator; {Environment.ProcessorCount * 1000 / run.CpuMsPerRequest:F0} searches/s if nothing else ran); " +
                $"worst scheduler lag {run.WorstSchedulerLagMs:F1} ms; load average {loadBefore} before, {MachineLoad.OneMinuteAverage()} after")),
        ];
    }

    private static async Task<bool> IsOkAsync(HttpResponseMessage response)
    {
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static string Describe(List<LoadRun> runs, double medianRps) =>
        $"{medianRps:F0} req/s, p50 {Statistics.Median(runs.Select(r => r.P50Ms)):F2} ms, p99 {Statistics.Median(runs.Select(r => r.P99Ms)):F2} ms";

    private static LoadRun Print(int round, LoadRun run)
    {
        Console.WriteLine($"[publications] round {round} {run.Target,-5} {run.RequestsPerSecond,8:F0} req/s  p50 {run.P50Ms:F2} ms  p99 {run.P99Ms:F2} ms  " +
            $"({run.Requests} requests, {run.Failures} failed)");
        return run;
    }
}
