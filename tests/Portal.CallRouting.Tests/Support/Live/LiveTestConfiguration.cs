using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>The force the live-state tests use: two centres sharing a 999 queue, and a 101 queue served by one.</summary>
public static class LiveTestConfiguration
{
    public const string Emergency = "Q999";
    public const string NonEmergency = "Q101";
    public const string North = "NORTH";
    public const string South = "SOUTH";

    public static RoutingConfiguration Force { get; } = new(
        [new ContactCentre(North, "North contact centre", 12, null), new ContactCentre(South, "South contact centre", 8, null)],
        [
            new CallQueue(Emergency, "Emergency 999", "999", 1, 100, 600, null, DistributionMethod.LongestIdle, null,
                [new QueueServingCentre(North, 1), new QueueServingCentre(South, 2)]),
            new CallQueue(NonEmergency, "Non-emergency 101", "101", 2, 200, 1800, null, DistributionMethod.LongestIdle, null,
                [new QueueServingCentre(South, 1)]),
        ],
        []);
}
