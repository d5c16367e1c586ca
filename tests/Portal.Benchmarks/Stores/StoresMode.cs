using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Benchmarks.Reporting;
using Portal.Benchmarks.Throughput;

namespace Portal.Benchmarks.Stores;

/// <summary>
/// The data path on PostgreSQL against the embedded SQLite, in the same run, so a regression in either shows:
/// two portals (demo recipe) side by side, one per store, driven by the same closed loop, alternating. Measured on
/// the tenant's home page (anonymous, served from the page cache: what the store costs a cached page) and on
/// <c>GET /met/api/scopes</c> with a bearer token (a read of the tenant's store on every request). Reported as the
/// ratio PostgreSQL/SQLite; the issue sets no goal for it.
/// </summary>
public static class StoresMode
{
    public const string Name = "stores";
    private const int Workers = 8;

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        var warmup = TimeSpan.FromSeconds(quick ? 1 : 3);
        var measure = TimeSpan.FromSeconds(quick ? 2 : 10);
        var rounds = quick ? 1 : 3;

        await using var database = await BenchDatabase.CreateAsync();
        // Only the store differs: cache and bus stay in process for both, whatever --with-services exported.
        var sameForBoth = new Dictionary<string, string?> { ["Portal:Redis:Configuration"] = "", ["Portal:Bus:Transport"] = "InMemory" };
        await using var sqlite = new PortalServer("demo", new Dictionary<string, string?>(sameForBoth) { ["Portal:Database:Provider"] = "Sqlite" });
        await using var postgres = new PortalServer("demo", new Dictionary<string, string?>(sameForBoth)
        {
            ["Portal:Database:Provider"] = "Postgres",
            ["Portal:Database:ConnectionString"] = database.ConnectionString,
            ["Portal:Database:TenantRolePrefix"] = database.RolePrefix,
            ["Portal:Database:AllowUnencryptedKeyRing"] = "true", // a throw-away database on loopback
        });
        Console.WriteLine("[stores] starting a portal on SQLite and one on PostgreSQL (demo recipe)");
        sqlite.Start();
        postgres.Start();

        var targets = new[] { ("SQLite", sqlite), ("PostgreSQL", postgres) };
        var tokens = new Dictionary<string, string>();
        foreach (var (store, portal) in targets)
        {
            tokens[store] = await TokenAsync(portal);
        }

        var load = new LoadGenerator(Workers, warmup, measure);
        var results = new List<GoalResult>();
        foreach (var (page, path, authenticated) in new[] { ("GET /met/ (page cache)", "met/", false), ("GET /met/api/scopes (store read)", "met/api/scopes", true) })
        {
            var runs = targets.ToDictionary(t => t.Item1, _ => new List<LoadRun>());
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (store, portal) in targets)
                {
                    var url = new Uri(portal.BaseAddress, path);
                    var token = authenticated ? tokens[store] : null;
                    var run = await load.RunAsync(store, () => Request(url, token), r => Task.FromResult(r.StatusCode == HttpStatusCode.OK));
                    Console.WriteLine($"[stores] {page} round {round} {store,-10} {run.RequestsPerSecond,8:F0} req/s  p50 {run.P50Ms:F2} ms  p99 {run.P99Ms:F2} ms  ({run.Failures} failed)");
                    runs[store].Add(run);
                }
            }

            var sqliteRps = Statistics.Median(runs["SQLite"].Select(r => r.RequestsPerSecond));
            var postgresRps = Statistics.Median(runs["PostgreSQL"].Select(r => r.RequestsPerSecond));
            var failures = runs.Values.SelectMany(r => r).Sum(r => r.Failures);
            results.Add(GoalResult.Info(Name, $"{page}: PostgreSQL/SQLite requests/s ({Workers} workers, {rounds} alternating rounds, median)",
                $"{postgresRps / sqliteRps:F2} ({postgresRps:F0} / {sqliteRps:F0} req/s; p99 {Statistics.Median(runs["PostgreSQL"].Select(r => r.P99Ms)):F2} / " +
                $"{Statistics.Median(runs["SQLite"].Select(r => r.P99Ms)):F2} ms; {failures} failed)",
                $"{sqliteRps:F0} req/s on SQLite"));
        }

        return results;
    }

    private static HttpRequestMessage Request(Uri url, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>A token of met's automation client (Administrator there), valid far longer than the run.</summary>
    private static async Task<string> TokenAsync(PortalServer portal)
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        using var response = await client.PostAsync("met/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "met-automation",
            ["client_secret"] = PortalServer.ClientSecret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The token request answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
