using Portal.CallRouting.Domain;
using Portal.CallRouting.Scheduling;
using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// A built-in starting point when no profile of the force's own is at hand: a weekday's demand shape (quiet before
/// dawn, busiest from late afternoon into the evening) and a three-shift staffing pattern of each centre's staffed
/// positions, with calls sized to keep agents about 80 % occupied at the evening peak. Given the day, a centre with
/// staffed hours (its schedule) has no agents in the half hours its schedule is closed. It is an illustration for
/// trying plans against, not a forecast: a force should paste or upload its own figures.
/// </summary>
public static class TypicalWeekdayProfile
{
    public const string Name = "Typical weekday (built in)";

    // Relative demand per hour of the day, 00:00 to 23:00 (peak 1.0 at 17:00–18:00).
    private static readonly double[] Demand =
    [
        0.55, 0.45, 0.38, 0.33, 0.30, 0.30, 0.35, 0.45, 0.60, 0.70, 0.75, 0.78,
        0.80, 0.82, 0.85, 0.90, 0.95, 1.00, 1.00, 0.97, 0.92, 0.85, 0.75, 0.65,
    ];

    // Share of staffed positions on duty per hour: night shift, early shift, late shift.
    private static readonly double[] Staffing =
    [
        0.60, 0.60, 0.60, 0.60, 0.60, 0.60, 0.60, 0.85, 0.85, 0.85, 0.85, 0.85,
        0.85, 0.85, 0.85, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 0.75,
    ];

    private const double PeakOccupancy = 0.8;

    /// <summary>Average handling time by service: a 999 call is shorter than a 101 report.</summary>
    public static double AverageHandlingSeconds(CallQueue queue) => queue.Service switch
    {
        CallQueue.EmergencyService => 240,
        CallQueue.NonEmergencyService => 420,
        _ => 300,
    };

    /// <param name="date">The local day, to apply centres' staffed hours; null to staff every centre all day.</param>
    public static ArrivalProfile For(RoutingConfiguration configuration, DateOnly? date = null)
    {
        var dayStart = date is { } day ? WhatIfDay.Start(day) : (DateTimeOffset?)null;
        var centreCodes = configuration.Centres.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        // A centre serving several queues lends each an equal part of its agents when calls are sized.
        var queuesServed = configuration.Centres.ToDictionary(c => c.Code,
            c => Math.Max(1, configuration.Queues.Count(q => q.ServingCentres.Any(s => s.CentreCode == c.Code))), StringComparer.Ordinal);

        var slots = new List<ProfileSlot>(ArrivalProfile.SlotsPerDay);
        for (var slot = 0; slot < ArrivalProfile.SlotsPerDay; slot++)
        {
            var hour = slot / 2;
            // The middle of the half hour decides whether a centre with staffed hours is open in it.
            var middle = dayStart?.AddSeconds((slot + 0.5) * ArrivalProfile.SlotSeconds);
            var agents = configuration.Centres.ToDictionary(c => c.Code,
                c => c.StaffedPositions <= 0 || !Staffed(c, configuration, middle) ? 0 : Math.Max(1, (int)Math.Round(c.StaffedPositions * Staffing[hour])),
                StringComparer.Ordinal);
            var queues = new List<QueueArrivals>();
            foreach (var queue in configuration.Queues)
            {
                var pool = queue.ServingCentres.Select(s => s.CentreCode).Distinct().Where(centreCodes.Contains)
                    .Sum(c => (double)agents[c] / queuesServed[c]);
                var aht = AverageHandlingSeconds(queue);
                var load = Math.Min(0.95, PeakOccupancy * Demand[hour] / Staffing[hour]);
                queues.Add(new QueueArrivals(queue.Code, Math.Round(load * pool * ArrivalProfile.SlotSeconds / aht), aht));
            }

            slots.Add(new ProfileSlot(queues, configuration.Centres.Select(c => new CentreStaffing(c.Code, agents[c.Code])).ToList()));
        }

        return new ArrivalProfile(Name, slots);
    }

    private static bool Staffed(ContactCentre centre, RoutingConfiguration configuration, DateTimeOffset? at) =>
        at is not { } moment || centre.ScheduleCode is null || configuration.Schedule(centre.ScheduleCode) is not { } schedule
        || ScheduleCalendar.IsOpen(schedule, moment);
}
