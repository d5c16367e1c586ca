using Portal.Benchmarks.Reporting;

namespace Portal.Benchmarks.Events;

/// <summary>
/// Events end to end (request → tenant outbox → RabbitMQ → the tenant's handler → inbox row) against plain
/// MassTransit publish/consume on the same broker in the same run. Open loop at a fixed offered rate (batches of
/// <see cref="BatchSize"/> events per request, alternating two tenants) for 60 s, drained; then both paths
/// closed loop at their maximum for a shorter window. Handling is same-tenant: cross-tenant events are refused
/// until agreements exist (issue 5). Needs RabbitMQ (infra/bench.sh --with-services events).
/// </summary>
public static class EventsMode
{
    public const string Name = "events";
    private const int BatchSize = 50;
    private const double RequestsPerSecond = 12; // × 50 = 600 events/s offered
    private const int MaxRateWorkers = 4;
    private const double GoalEventsPerSecond = 500;
    private const double GoalRatio = 0.5;

    public static async Task<IReadOnlyList<GoalResult>> RunAsync(bool quick)
    {
        // A virtual host of the run's own: the contract queues are not shared with any other portal on the broker.
        var broker = RabbitSettings.FromEnvironment();
        await using var virtualHost = await BenchVirtualHost.CreateAsync(broker.Username);
        var rabbit = broker with { VirtualHost = virtualHost.Name };
        var window = TimeSpan.FromSeconds(quick ? 10 : 60);
        var maxWindow = TimeSpan.FromSeconds(quick ? 4 : 10);
        var driver = new EventsDriver(drainDeadline: TimeSpan.FromSeconds(180));
        var cancellationToken = CancellationToken.None;

        // Tenant names of this run only, as a second guard: should the virtual host ever be shared, another portal's node
        // would reject the run's messages (and they would show as lost here) rather than handle them.
        var run = Guid.NewGuid().ToString("N")[..8];
        var (tenantA, tenantB) = ($"bench-{run}-a", $"bench-{run}-b");
        Console.WriteLine($"[events] starting a portal on RabbitMQ {rabbit.Host}, virtual host {rabbit.VirtualHost} (SQLite stores, tenants {tenantA} and {tenantB}) and a plain MassTransit bus");
        await using var portal = new PortalEventPath(rabbit, tenantA, tenantB);
        await portal.StartAsync(cancellationToken);
        await using var plain = new PlainBusEventPath(rabbit);
        await plain.StartAsync(cancellationToken);

        // Warm-up (JIT, connections, topology), drained before anything is measured.
        foreach (IEventPath path in new IEventPath[] { portal, plain })
        {
            var warm = await driver.OpenLoopAsync(path, RequestsPerSecond, BatchSize, TimeSpan.FromSeconds(2), cancellationToken);
            Console.WriteLine($"[events] warm-up {path.Name}: {warm}");
        }

        var offered = RequestsPerSecond * BatchSize;
        var portalOpen = await driver.OpenLoopAsync(portal, RequestsPerSecond, BatchSize, window, cancellationToken);
        var outboxLeft = await portal.OutboxCountAsync(cancellationToken);
        Console.WriteLine($"[events] open loop {offered:F0}/s portal: {portalOpen}; outbox rows left {outboxLeft}");
        var plainOpen = await driver.OpenLoopAsync(plain, RequestsPerSecond, BatchSize, window, cancellationToken);
        Console.WriteLine($"[events] open loop {offered:F0}/s plain:  {plainOpen}");

        var portalMax = await driver.ClosedLoopAsync(portal, MaxRateWorkers, BatchSize, maxWindow, cancellationToken);
        var maxOutboxLeft = await portal.OutboxCountAsync(cancellationToken);
        Console.WriteLine($"[events] max rate portal: {portalMax}; outbox rows left {maxOutboxLeft}");
        var plainMax = await driver.ClosedLoopAsync(plain, MaxRateWorkers, BatchSize, maxWindow, cancellationToken);
        Console.WriteLine($"[events] max rate plain:  {plainMax}");

        var how = $"same-tenant (publish and handle in tenant A, and in tenant B in parallel; cross-tenant waits for issue 5), SQLite stores, RabbitMQ; {BatchSize} events a request";
        var nothingLost = portalOpen.NothingLost && outboxLeft == 0;
        var openRatio = plainOpen.HandledPerSecond == 0 ? 0 : portalOpen.HandledPerSecond / plainOpen.HandledPerSecond;
        var maxRatio = plainMax.HandledPerSecond == 0 ? 0 : portalMax.HandledPerSecond / plainMax.HandledPerSecond;
        return
        [
            new GoalResult(Name,
                $"Events end to end, {how}: handled/s sustained at {offered:F0}/s offered for {window.TotalSeconds:F0} s, nothing lost",
                $"{portalOpen.HandledPerSecond:F0}/s ({portalOpen.HandledInWindowPerSecond:F0}/s inside the window; {portalOpen.Handled}/{portalOpen.Sent} handled, " +
                $"outboxes {outboxLeft}, lag {portalOpen.LagSeconds:F2} s)",
                "",
                $">= {GoalEventsPerSecond:F0}/s for 60 s, nothing lost",
                portalOpen.HandledPerSecond >= GoalEventsPerSecond && nothingLost && !quick ? true : quick ? null : false),
            new GoalResult(Name,
                $"Portal/plain MassTransit handled/s at the same offered load ({offered:F0}/s, {window.TotalSeconds:F0} s)",
                $"{openRatio:F2} ({portalOpen.HandledPerSecond:F0} / {plainOpen.HandledPerSecond:F0} events/s)",
                $"plain MassTransit: {plainOpen}",
                $">= {GoalRatio:F1}",
                openRatio >= GoalRatio),
            GoalResult.Info(Name,
                $"Portal/plain MassTransit at maximum rate (closed loop, {MaxRateWorkers} senders, {maxWindow.TotalSeconds:F0} s of sending, drained)",
                $"{maxRatio:F2} ({portalMax.HandledPerSecond:F0} / {plainMax.HandledPerSecond:F0} events/s; portal lag {portalMax.LagSeconds:F1} s, " +
                $"{portalMax.Handled}/{portalMax.Sent} handled, outboxes {maxOutboxLeft})",
                $"plain MassTransit: {plainMax}"),
        ];
    }
}
