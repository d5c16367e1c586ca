using Portal.CallRouting.Domain;

namespace Portal.Benchmarks.Dashboard;

/// <summary>
/// The force the dashboard mode plays when the portal has no directory of its own yet (the registry is another part
/// of the module): three centres sharing a 999 queue, and a 101 queue. Registered only where no real one exists.
/// </summary>
internal sealed class BenchRoutingDirectory : IRoutingDirectory
{
    public static RoutingConfiguration Force { get; } = new(
        [new ContactCentre("NORTH", "North", 120, null), new ContactCentre("SOUTH", "South", 100, null), new ContactCentre("WEST", "West", 80, null)],
        [
            new CallQueue("Q999", "Emergency 999", "999", 1, 500, 600, null, DistributionMethod.LongestIdle, null,
                [new QueueServingCentre("NORTH", 1), new QueueServingCentre("SOUTH", 2), new QueueServingCentre("WEST", 3)]),
            new CallQueue("Q101", "Non-emergency 101", "101", 2, 500, 1800, null, DistributionMethod.LongestIdle, null,
                [new QueueServingCentre("WEST", 1), new QueueServingCentre("SOUTH", 2)]),
        ],
        []);

    public Task<RoutingConfiguration> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Force);
}
