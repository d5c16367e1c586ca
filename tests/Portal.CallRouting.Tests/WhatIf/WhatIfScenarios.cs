using Portal.CallRouting.Domain;
using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.Tests.WhatIf;

/// <summary>Small configurations and flat profiles for the what-if tests.</summary>
internal static class WhatIfScenarios
{
    public static readonly DateTimeOffset DayStart = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    public static CallQueue Queue(string code, string service, int priority, params (string Centre, int Preference)[] serving) =>
        new(code, code + " queue", service, priority, MaxLength: 100, MaxWaitSeconds: 600, Announcement: null,
            DistributionMethod.LongestIdle, ScheduleCode: null,
            serving.Select(s => new QueueServingCentre(s.Centre, s.Preference)).ToList());

    public static ContactCentre Centre(string code, int positions = 50) => new(code, code + " centre", positions, null);

    /// <summary>One 999 queue served by the given centres (preference in order).</summary>
    public static RoutingConfiguration SingleQueue(params string[] centres) =>
        new(centres.Select(c => Centre(c)).ToList(),
            [Queue("999", "999", 1, centres.Select((c, i) => (c, i + 1)).ToArray())],
            []);

    /// <summary>The same arrivals and staffing in every half hour.</summary>
    public static ArrivalProfile Flat(
        IReadOnlyList<(string Queue, double Calls, double Aht)> queues,
        IReadOnlyList<(string Centre, int Agents)> centres,
        IReadOnlyList<QueuePatience>? patience = null) =>
        new("flat",
            Enumerable.Range(0, ArrivalProfile.SlotsPerDay).Select(_ => new ProfileSlot(
                queues.Select(q => new QueueArrivals(q.Queue, q.Calls, q.Aht)).ToList(),
                centres.Select(c => new CentreStaffing(c.Centre, c.Agents)).ToList())).ToList(),
            patience);
}
