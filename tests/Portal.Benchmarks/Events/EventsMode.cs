using Portal.Benchmarks.Reporting;
using Portal.Benchmarks.Stores;

namespace Portal.Benchmarks.Events;

/// <summary>
/// Events end to end between tenants (request to tenant A → A's outbox → RabbitMQ → B's admission → handler in
/// tenant B's scope → B's inbox row, and the same from B to A) against plain MassTransit publish/consume on the same
/// broker in the same run. Open loop at a fixed offered rate (batches of <see cref="BatchSize"/> events per request)
/// for 60 s, drained, counting lost and duplicated events in the targets' inboxes; then each path closed loop at its
/// maximum for a shorter window. The portal runs on SQLite stores, then (when infra/bench.sh --with-services exported
/// PostgreSQL) on PostgreSQL schemas; the plain baseline runs between the two. Needs RabbitMQ.
/// </summary>
public static class EventsMode
{
    public const string Name = "events";
    private const int BatchSize = 50;
    private const double RequestsPerSecond = 12; // × 50 = 600 events/s offered
    private const int MaxRateWorkers = 4;
    private const double GoalEventsPerSecond = 500;
    private const double GoalRatio = 0.5;
    private const int DrainSeconds = 180;

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        // A virtual host of the run's own: the contract queues are not shared with any other portal on the broker.
        var broker = RabbitSettings.FromEnvironment();
        await using var virtualHost = await BenchVirtualHost.CreateAsync(broker.Username);
        var rabbit = broker with { VirtualHost = virtualHost.Name };
        var window = TimeSpan.FromSeconds(quick ? 10 : 60);
        var maxWindow = TimeSpan.FromSeconds(quick ? 4 : 10);
        var driver = new EventsDriver(drainDeadline: TimeSpan.FromSeconds(DrainSeconds));
        var run = new Run(driver, window, maxWindow, quick);

        var results = new List<GoalResult>();
        var sqlite = await run.PortalAsync(rabbit, EventStore.Sqlite);

        Console.WriteLine($"[events] plain MassTransit bus on RabbitMQ {rabbit.Host}, virtual host {rabbit.VirtualHost}");
        await using (var plain = new PlainBusEventPath(rabbit))
        {
            await plain.StartAsync(CancellationToken.None);
            await run.WarmAsync(plain);
            run.PlainOpen = await driver.OpenLoopAsync(plain, RequestsPerSecond, BatchSize, window, CancellationToken.None);
            Console.WriteLine($"[events] open loop {RequestsPerSecond * BatchSize:F0}/s plain: {run.PlainOpen}");
            run.PlainMax = await driver.ClosedLoopAsync(plain, MaxRateWorkers, BatchSize, maxWindow, CancellationToken.None);
            Console.WriteLine($"[events] max rate plain: {run.PlainMax}");
        }

        results.AddRange(run.Results(EventStore.Sqlite, sqlite));
        if (Environment.GetEnvironmentVariable(BenchDatabase.ServerVariable) is { Length: > 0 })
        {
            await using var database = await BenchDatabase.CreateAsync();
            var postgres = await run.PortalAsync(rabbit, EventStore.Postgres(database.ConnectionString, database.RolePrefix));
            results.AddRange(run.Results(EventStore.Postgres("", ""), postgres));
        }
        else
        {
            Console.WriteLine($"[events] {BenchDatabase.ServerVariable} not set: PostgreSQL stores not measured (infra/bench.sh --with-services events does)");
        }

        return results;
    }

    /// <summary>The measurements of one portal (one store): open loop, outbox rows left, maximum rate.</summary>
    private sealed record PortalRuns(EventsRun Open, long OutboxLeft, EventsRun? Max, long MaxOutboxLeft);

    /// <summary>One run's settings and its plain baseline, shared by the portals of every store.</summary>
    private sealed class Run(EventsDriver driver, TimeSpan window, TimeSpan maxWindow, bool quick)
    {
        public EventsRun? PlainOpen { get; set; }

        public EventsRun? PlainMax { get; set; }

        public async Task WarmAsync(IEventPath path)
        {
            // JIT, connections, topology; drained before anything is measured.
            var warm = await driver.OpenLoopAsync(path, RequestsPerSecond, BatchSize, TimeSpan.FromSeconds(2), CancellationToken.None);
            Console.WriteLine($"[events] warm-up {path.Name}: {warm}");
        }

        public async Task<PortalRuns> PortalAsync(RabbitSettings rabbit, EventStore store)
        {
            // Tenant names of this run only, as a second guard: should the virtual host ever be shared, another portal's
            // node would reject the run's messages (and they would show as lost here) rather than handle them.
            var id = Guid.NewGuid().ToString("N")[..8];
            var (tenantA, tenantB) = ($"bench-{id}-a", $"bench-{id}-b");
            Console.WriteLine($"[events] starting a portal on RabbitMQ {rabbit.Host}, virtual host {rabbit.VirtualHost}, {store.Name} stores, tenants {tenantA} and {tenantB}");
            await using var portal = new PortalEventPath(rabbit, store, tenantA, tenantB);
            await portal.StartAsync(CancellationToken.None);
            await WarmAsync(portal);

            var open = await driver.OpenLoopAsync(portal, RequestsPerSecond, BatchSize, window, CancellationToken.None);
            var outboxLeft = await portal.OutboxCountAsync(CancellationToken.None);
            Console.WriteLine($"[events] open loop {RequestsPerSecond * BatchSize:F0}/s {portal.Name}: {open}; outbox rows left {outboxLeft}");
            if (open.Lost > 0)
            {
                // Still draining: the maximum-rate run would count the backlog as its own.
                Console.WriteLine($"[events] max rate {portal.Name}: not measured, {open.Lost} events of the open loop still unhandled");
                return new PortalRuns(open, outboxLeft, null, 0);
            }

            var max = await driver.ClosedLoopAsync(portal, MaxRateWorkers, BatchSize, maxWindow, CancellationToken.None);
            var maxOutboxLeft = await portal.OutboxCountAsync(CancellationToken.None);
            Console.WriteLine($"[events] max rate {portal.Name}: {max}; outbox rows left {maxOutboxLeft}");
            return new PortalRuns(open, outboxLeft, max, maxOutboxLeft);
        }

        public IEnumerable<GoalResult> Results(EventStore store, PortalRuns portal)
        {
            var plainOpen = PlainOpen ?? throw new InvalidOperationException("The plain baseline did not run.");
            var plainMax = PlainMax ?? throw new InvalidOperationException("The plain baseline did not run.");
            var offered = RequestsPerSecond * BatchSize;
            var how = $"between tenants (A→B and B→A, handler in the target's scope), {store.Name} stores, RabbitMQ; {BatchSize} events a request";
            var (open, max) = (portal.Open, portal.Max);
            var nothingLost = open.NothingLost && portal.OutboxLeft == 0;
            var openRatio = plainOpen.HandledPerSecond == 0 ? 0 : open.HandledPerSecond / plainOpen.HandledPerSecond;
            var maxRatio = max is null || plainMax.HandledPerSecond == 0 ? 0 : max.HandledPerSecond / plainMax.HandledPerSecond;
            bool? sustained = quick ? null : open.HandledPerSecond >= GoalEventsPerSecond && nothingLost;
            yield return new GoalResult(Name,
                $"Events end to end, {how}: handled/s sustained at {offered:F0}/s offered for {window.TotalSeconds:F0} s, nothing lost or duplicated",
                $"{open.HandledPerSecond:F0}/s ({open.OfferedPerSecond:F0}/s offered, {open.HandledInWindowPerSecond:F0}/s inside the window; " +
                $"{open.Handled}/{open.Sent} handled, {open.Lost} not handled {DrainSeconds} s after the window, {open.Duplicated} duplicated, {open.FailedSends} failed sends, " +
                $"outboxes {portal.OutboxLeft}, end lag {open.LagSeconds:F2} s)",
                "",
                $">= {GoalEventsPerSecond:F0}/s for 60 s, nothing lost",
                sustained);
            yield return new GoalResult(Name,
                $"Portal ({store.Name})/plain MassTransit handled/s at the same offered load ({offered:F0}/s, {window.TotalSeconds:F0} s)",
                $"{openRatio:F2} ({open.HandledPerSecond:F0} / {plainOpen.HandledPerSecond:F0} events/s)",
                $"plain MassTransit: {plainOpen}",
                $">= {GoalRatio:F1}",
                openRatio >= GoalRatio);
            yield return GoalResult.Info(Name,
                $"Portal ({store.Name})/plain MassTransit at maximum rate (closed loop, {MaxRateWorkers} senders, {maxWindow.TotalSeconds:F0} s of sending, drained)",
                max is null
                    ? "not measured: the open loop had not drained"
                    : $"{maxRatio:F2} ({max.HandledPerSecond:F0} / {plainMax.HandledPerSecond:F0} events/s; portal end lag {max.LagSeconds:F1} s, " +
                      $"{max.Handled}/{max.Sent} handled, {max.Lost} not handled by the deadline, {max.Duplicated} duplicated, outboxes {portal.MaxOutboxLeft})",
                $"plain MassTransit: {plainMax}");
        }
    }
}
