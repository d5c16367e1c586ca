using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Domain;

/// <summary>
/// The force's configuration as it stands: the centres, queues and schedules that plans, rules and telephony events
/// name by code. Publishing a plan takes a copy of it, so later edits change live routing only through a new plan.
/// </summary>
public sealed record RoutingConfiguration(
    IReadOnlyList<ContactCentre> Centres,
    IReadOnlyList<CallQueue> Queues,
    IReadOnlyList<ScheduleDefinition> Schedules)
{
    public static RoutingConfiguration Empty { get; } = new([], [], []);

    public ContactCentre? Centre(string code) => Centres.FirstOrDefault(c => c.Code == code);

    public CallQueue? Queue(string code) => Queues.FirstOrDefault(q => q.Code == code);

    public ScheduleDefinition? Schedule(string code) => Schedules.FirstOrDefault(s => s.Code == code);
}
