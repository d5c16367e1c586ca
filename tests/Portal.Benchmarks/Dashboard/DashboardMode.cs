using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Benchmarks.Reporting;
using Portal.CallRouting.Domain;

namespace Portal.Benchmarks.Dashboard;

/// <summary>
/// Goal: 50 concurrent server-sent-event clients of the met dashboard (<c>GET /met/routing/dashboard/stream</c>) while
/// the traffic simulator offers 20 calls a second; each update delivered in under 1 s. An update is a message whose
/// <c>lastEventAt</c> moved on; its delivery latency is the time from that telephony event's own time (when the
/// simulated call was offered, answered or lost) to its arrival at the client: the whole path simulator → outbox →
/// bus → handler → store → snapshot → stream. Production settings, embedded defaults (SQLite, in-memory bus,
/// in-process live state).
/// </summary>
public static class DashboardMode
{
    public const string Name = "dashboard";
    private const int Clients = 50;
    private const double CallsPerSecond = 20;
    private const double GoalMs = 1000;

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        var warmup = TimeSpan.FromSeconds(quick ? 3 : 10);
        var measure = TimeSpan.FromSeconds(quick ? 10 : 60);

        Console.WriteLine("[dashboard] starting the portal (Production, setup recipe 'demo-empty': the forces without routing data, the benchmark brings its own configuration)");
        await using var portal = new PortalServer("demo-empty", new Dictionary<string, string?>
        {
            ["Portal:RateLimits:Token:PerAddressPerMinute"] = "1000000",
            ["Portal:RateLimits:Token:PerClientPerMinute"] = "1000000",
        }, services: services =>
        {
            // Stand-ins until the module's registry provides them; a registered one (merged registry) wins in the tenant.
            services.AddSingleton<IRoutingDirectory, BenchRoutingDirectory>();
            services.AddSingleton<ICentreServiceStates, BenchCentreServiceStates>();
        });
        portal.Start();
        await new TenantProvisioner(portal.Services).EnsureRunningAsync("met");
        await portal.Services.GetRequiredService<IShellFeatureManager>().UpdateAsync("met", ["Portal.CallRouting.Simulator"], [], null);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients + 10 }) { BaseAddress = portal.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var token = await TokenAsync(http, "routing.read routing.write");
        var state = await http.SendAsync(Authorized(HttpMethod.Get, "met/api/routing/state", token));
        state.EnsureSuccessStatusCode();
        var (queues, centres) = Codes(await state.Content.ReadFromJsonAsync<JsonElement>());
        Console.WriteLine($"[dashboard] met has queues {string.Join(", ", queues)} and centres {string.Join(", ", centres)}");

        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, Clients).Select(_ => new SseClient(http, new Uri(portal.BaseAddress, "met/routing/dashboard/stream"), token)).ToList();
        var connected = clients.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var running = clients.Select((c, i) => Task.Run(() => c.RunAsync(connected[i], stop.Token))).ToList();
        await Task.WhenAll(connected.Select(c => c.Task)).WaitAsync(TimeSpan.FromSeconds(30));
        Console.WriteLine($"[dashboard] {Clients} stream clients connected");

        // 20 calls a second in all, shared by the queues; agents enough that calls are answered (10 s mean handling).
        var start = new StringBuilder("{ \"arrivalsPerSecond\": {");
        start.AppendJoin(", ", queues.Select(q => $"\"{q}\": {CallsPerSecond / queues.Count:0.###}"));
        start.Append("}, \"agentsPerCentre\": {");
        start.AppendJoin(", ", centres.Select(c => $"\"{c}\": {300 / centres.Count}"));
        start.Append("}, \"meanHandlingSeconds\": 10, \"meanPatienceSeconds\": 30, \"seed\": 2026 }");
        var started = await http.SendAsync(Authorized(HttpMethod.Post, "met/api/routing/simulator/start", token, start.ToString()));
        if (!started.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The simulator did not start: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
        }

        Console.WriteLine($"[dashboard] simulator at {CallsPerSecond} calls/s; warm-up {warmup.TotalSeconds:F0} s, measuring {measure.TotalSeconds:F0} s");
        await Task.Delay(warmup);
        clients.ForEach(c => c.Measuring = true);
        await Task.Delay(measure);
        clients.ForEach(c => c.Measuring = false);

        var status = await http.SendAsync(Authorized(HttpMethod.Get, "met/api/routing/simulator", token));
        var counts = (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("counts");
        await http.SendAsync(Authorized(HttpMethod.Post, "met/api/routing/simulator/stop", token));
        await stop.CancelAsync();
        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var all = clients.SelectMany(c => c.LatenciesMs).Order().ToArray();
        var fewest = clients.Min(c => c.LatenciesMs.Count);
        var p50 = Statistics.Percentile(all, 50);
        var p90 = Statistics.Percentile(all, 90);
        var p99 = Statistics.Percentile(all, 99);
        var max = all.Length == 0 ? double.NaN : all[^1];
        Console.WriteLine($"[dashboard] {all.Length} updates measured; p50 {p50:F0} ms, p90 {p90:F0} ms, p99 {p99:F0} ms, max {max:F0} ms; fewest per client {fewest}");

        var shape = $"{Clients} SSE clients, simulator {CallsPerSecond:F0} calls/s, {measure.TotalSeconds:F0} s";
        return
        [
            new(Name, $"update delivery, event time → client ({shape})",
                $"max {max:F0} ms (p50 {p50:F0}, p90 {p90:F0}, p99 {p99:F0} ms; {all.Length} updates, fewest per client {fewest})",
                "", $"every update < {GoalMs:F0} ms, every client updated", all.Length > 0 && fewest > 0 && max < GoalMs),
            GoalResult.Info(Name, "simulated calls during the run",
                $"{counts.GetProperty("offered").GetInt64()} offered, {counts.GetProperty("answered").GetInt64()} answered, {counts.GetProperty("abandoned").GetInt64()} abandoned"),
        ];
    }

    private static (List<string> Queues, List<string> Centres) Codes(JsonElement state) =>
        (state.GetProperty("queues").EnumerateArray().Select(q => q.GetProperty("code").GetString()!).ToList(),
         state.GetProperty("centres").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList());

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static async Task<string> TokenAsync(HttpClient http, string scope)
    {
        var response = await http.PostAsync("met/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "met-automation", ["client_secret"] = PortalServer.ClientSecret, ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"No token for met-automation: {(int)response.StatusCode} {text}");
    }
}
