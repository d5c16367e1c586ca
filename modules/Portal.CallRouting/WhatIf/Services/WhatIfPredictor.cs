using Portal.CallRouting.Domain;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;
using Portal.CallRouting.WhatIf.Simulation;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// Predicts one plan version's day: Erlang C per queue and half hour where it applies, and the simulation repeated
/// over the replications, summarised as means with 95 % bands. The profile must have been validated against the
/// version's configuration (<see cref="ArrivalProfileValidator"/>).
/// </summary>
public sealed class WhatIfPredictor(IWhatIfRouterFactory routers)
{
    /// <summary>The 999 standard: 90 % of calls answered within 10 seconds.</summary>
    public const double TargetShare = 0.9;

    public PlanPrediction Predict(WhatIfPlanVersion plan, ArrivalProfile profile, DateTimeOffset dayStart, int replications, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var input = new SimulationInput(plan.Configuration, profile, routers.Create(plan), dayStart, seed);
        var days = new SimulatedDay[replications];
        for (var r = 0; r < replications; r++)
        {
            days[r] = DaySimulator.Run(input, r);
        }

        var configuration = plan.Configuration;
        var queues = configuration.Queues.Select(q => PredictQueue(q, configuration, profile, days)).ToList();
        var centres = configuration.Centres.Select(c => PredictCentre(c, profile, days)).ToList();
        return new PlanPrediction(plan.Version, plan.Label, queues, centres);
    }

    /// <summary>
    /// Why Erlang C does not describe the queue, or null when it does: its agents must answer it alone. Centres shared
    /// with other queues split their agents by the queues' priorities, which one Erlang C pool cannot represent.
    /// </summary>
    public static string? ErlangCNotApplicable(CallQueue queue, RoutingConfiguration configuration)
    {
        var serving = queue.ServingCentres.Select(s => s.CentreCode).Where(c => configuration.Centre(c) is not null).ToHashSet(StringComparer.Ordinal);
        if (serving.Count == 0)
        {
            return "The queue has no serving centre.";
        }

        var sharing = configuration.Queues
            .Where(other => other.Code != queue.Code && other.ServingCentres.Any(s => serving.Contains(s.CentreCode)))
            .Select(other => other.Code)
            .ToList();
        return sharing.Count == 0
            ? null
            : $"Its serving centres also answer {string.Join(", ", sharing)}: one Erlang C pool cannot share agents between queues; see the simulation.";
    }

    private static QueuePrediction PredictQueue(CallQueue queue, RoutingConfiguration configuration, ArrivalProfile profile, SimulatedDay[] days)
    {
        var notApplicable = ErlangCNotApplicable(queue, configuration);
        var servingCodes = queue.ServingCentres.Select(s => s.CentreCode).Distinct(StringComparer.Ordinal).ToList();
        var slots = new List<QueueSlotPrediction>(ArrivalProfile.SlotsPerDay);
        var belowTarget = 0;
        for (var slot = 0; slot < ArrivalProfile.SlotsPerDay; slot++)
        {
            var profileSlot = profile.Slots![slot];
            var arrivals = profileSlot.Queues?.FirstOrDefault(a => a.Queue == queue.Code);
            var calls = arrivals?.Calls ?? 0;
            var aht = arrivals?.AverageHandlingSeconds ?? 0;
            var agents = profileSlot.Centres?.Where(c => c.Centre is not null && servingCodes.Contains(c.Centre)).Sum(c => c.Agents) ?? 0;
            ErlangCResult? erlang = null;
            if (notApplicable is null)
            {
                erlang = calls > 0
                    ? ErlangC.Predict(agents, calls * aht / ArrivalProfile.SlotSeconds, aht, DaySimulator.TargetSeconds)
                    : ErlangC.Predict(agents, 0, 1, DaySimulator.TargetSeconds);
            }

            var tallies = days.Select(d => d.Queues[queue.Code][slot]).ToList();
            var simulated = Summarise(tallies);
            if (queue.IsEmergency && simulated.AnsweredWithin10sShare is { } share && share.Mean < TargetShare)
            {
                belowTarget++;
            }

            slots.Add(new QueueSlotPrediction(slot, ArrivalProfile.SlotStart(slot), calls, aht, agents, erlang, simulated));
        }

        var day = new QueueDayPrediction(
            ConfidenceBand.OfCounts(days.Select(d => (double)d.Queues[queue.Code].Sum(t => t.Offered)).ToList()),
            ConfidenceBand.Of(days.Select(d => DayShare(d.Queues[queue.Code])).OfType<double>().ToList(), 0, 1),
            ConfidenceBand.Of(days.Select(d => DayWait(d.Queues[queue.Code])).OfType<double>().ToList()),
            ConfidenceBand.OfCounts(days.Select(d => (double)d.Queues[queue.Code].Sum(t => t.Abandoned)).ToList()),
            queue.IsEmergency ? belowTarget : null);
        return new QueuePrediction(queue.Code, queue.Name, queue.Service, notApplicable, day, slots);
    }

    private static SimulatedQueueSlot Summarise(IReadOnlyList<QueueSlotTally> tallies)
    {
        Estimate Count(Func<QueueSlotTally, int> figure) => ConfidenceBand.OfCounts(tallies.Select(t => (double)figure(t)).ToList());

        return new SimulatedQueueSlot(
            Count(t => t.Offered),
            ConfidenceBand.Of(tallies.Select(t => t.AnsweredWithinTargetShare).OfType<double>().ToList(), 0, 1),
            ConfidenceBand.Of(tallies.Select(t => t.AverageWaitSeconds).OfType<double>().ToList()),
            Count(t => t.Abandoned),
            Count(t => t.OverflowedOut),
            Count(t => t.OverflowedIn),
            Count(t => t.ToPartner),
            Count(t => t.EndedWithAnnouncement),
            Count(t => t.Unanswered));
    }

    private static double? DayShare(IReadOnlyList<QueueSlotTally> slots)
    {
        var forTheForce = slots.Sum(s => s.ForTheForce);
        return forTheForce > 0 ? (double)slots.Sum(s => s.AnsweredWithinTarget) / forTheForce : null;
    }

    private static double? DayWait(IReadOnlyList<QueueSlotTally> slots)
    {
        var answered = slots.Sum(s => s.Answered);
        return answered > 0 ? slots.Sum(s => s.TotalWaitSeconds) / answered : null;
    }

    private static CentrePrediction PredictCentre(ContactCentre centre, ArrivalProfile profile, SimulatedDay[] days)
    {
        var slots = new List<CentreSlotPrediction>(ArrivalProfile.SlotsPerDay);
        for (var slot = 0; slot < ArrivalProfile.SlotsPerDay; slot++)
        {
            var agents = profile.Slots![slot].Centres?.Where(c => c.Centre == centre.Code).Sum(c => c.Agents) ?? 0;
            var tallies = days.Select(d => d.Centres[centre.Code][slot]).ToList();
            slots.Add(new CentreSlotPrediction(slot, ArrivalProfile.SlotStart(slot), agents,
                ConfidenceBand.OfCounts(tallies.Select(t => (double)t.Answered).ToList()),
                ConfidenceBand.Of(tallies.Select(t => t.Occupancy).OfType<double>().ToList(), 0, 1)));
        }

        return new CentrePrediction(centre.Code, centre.Name, slots);
    }
}
