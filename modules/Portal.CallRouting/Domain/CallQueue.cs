namespace Portal.CallRouting.Domain;

/// <summary>
/// A queue calls wait in. <see cref="Service"/> is what the caller dialled: <c>999</c>, <c>101</c> or a named
/// enterprise number. One queue is drained by several centres (<see cref="ServingCentres"/>). A queue without a
/// schedule is always open, and a 999 queue is always open whatever its schedule says.
/// </summary>
public sealed record CallQueue(
    string Code,
    string Name,
    string Service,
    int Priority,
    int MaxLength,
    int MaxWaitSeconds,
    string? Announcement,
    DistributionMethod Distribution,
    string? ScheduleCode,
    IReadOnlyList<QueueServingCentre> ServingCentres)
{
    public const string EmergencyService = "999";
    public const string NonEmergencyService = "101";

    public bool IsEmergency => Service == EmergencyService;
}
