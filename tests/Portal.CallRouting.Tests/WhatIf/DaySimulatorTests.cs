using Portal.CallRouting.Domain;
using Portal.CallRouting.Live;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;
using Portal.CallRouting.WhatIf.Services;
using Portal.CallRouting.WhatIf.Simulation;
using static Portal.CallRouting.Tests.WhatIf.WhatIfScenarios;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class DaySimulatorTests
{
    [Theory]
    [InlineData(80, 180, 10)]  // A = 8 on 10 agents: Erlang C says about 63 % within 10 s
    [InlineData(150, 240, 22)] // A = 20 on 22 agents: a heavily loaded pool
    public void A_single_queue_with_patient_callers_agrees_with_erlang_c(int callsPerHalfHour, double aht, int agents)
    {
        var configuration = SingleQueue("C1");
        var profile = Flat([("999", callsPerHalfHour, aht)], [("C1", agents)]);
        var input = new SimulationInput(configuration, profile, new ServingCentresRouter(configuration), DayStart, Seed: 7);
        var expected = ErlangC.Predict(agents, callsPerHalfHour * aht / ArrivalProfile.SlotSeconds, aht, DaySimulator.TargetSeconds);

        long offered = 0, within = 0, answered = 0;
        double waited = 0;
        for (var replication = 0; replication < 30; replication++)
        {
            var day = DaySimulator.Run(input, replication);
            // The first half hour starts with an empty queue, so it is better than the steady state: leave it out.
            foreach (var slot in day.Queues["999"].Skip(1))
            {
                offered += slot.Offered;
                within += slot.AnsweredWithinTarget;
                answered += slot.Answered;
                waited += slot.TotalWaitSeconds;
            }
        }

        var share = (double)within / offered;
        var averageWait = waited / answered;
        Assert.True(Math.Abs(share - expected.AnsweredWithinTargetShare) < 0.03,
            $"simulated {share:P2} within 10 s, Erlang C {expected.AnsweredWithinTargetShare:P2}");
        Assert.True(Math.Abs(averageWait - expected.AverageSpeedOfAnswerSeconds!.Value) < 0.2 * expected.AverageSpeedOfAnswerSeconds.Value,
            $"simulated average wait {averageWait:F1} s, Erlang C {expected.AverageSpeedOfAnswerSeconds:F1} s");
    }

    [Fact]
    public void Agents_of_several_centres_serving_one_queue_act_as_one_pool()
    {
        // Three centres of 4, 3 and 3 agents drain one queue: the same prediction as one pool of 10.
        var configuration = SingleQueue("C1", "C2", "C3");
        var profile = Flat([("999", 80, 180)], [("C1", 4), ("C2", 3), ("C3", 3)]);
        var input = new SimulationInput(configuration, profile, new ServingCentresRouter(configuration), DayStart, Seed: 11);
        var expected = ErlangC.Predict(10, 8, 180, DaySimulator.TargetSeconds);

        long offered = 0, within = 0;
        var answeredBy = new Dictionary<string, int> { ["C1"] = 0, ["C2"] = 0, ["C3"] = 0 };
        for (var replication = 0; replication < 20; replication++)
        {
            var day = DaySimulator.Run(input, replication);
            offered += day.Queues["999"].Skip(1).Sum(s => s.Offered);
            within += day.Queues["999"].Skip(1).Sum(s => s.AnsweredWithinTarget);
            foreach (var centre in answeredBy.Keys)
            {
                answeredBy[centre] += day.Centres[centre].Sum(s => s.Answered);
            }
        }

        Assert.True(Math.Abs((double)within / offered - expected.AnsweredWithinTargetShare) < 0.03);
        // Preference 1 takes more than its head-count share (4 of 10 agents) because it is offered every call first.
        Assert.True(answeredBy["C1"] > answeredBy["C2"] && answeredBy["C1"] > answeredBy["C3"], string.Join(", ", answeredBy));
    }

    [Fact]
    public void The_same_seed_gives_the_same_day_and_another_seed_another()
    {
        var configuration = SingleQueue("C1");
        var profile = Flat([("999", 60, 200)], [("C1", 8)], [new QueuePatience("999", 60)]);
        var router = new ServingCentresRouter(configuration);

        var first = Fingerprint(DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 42), 3));
        var again = Fingerprint(DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 42), 3));
        var otherReplication = Fingerprint(DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 42), 4));
        var otherSeed = Fingerprint(DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 43), 3));

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherReplication);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void An_overflow_rule_moves_calls_from_a_swamped_queue_to_a_quiet_one()
    {
        // 101 has 3 agents for 5 Erlangs (it can never keep up); the enterprise queue's centre has 20 agents for 2.
        var configuration = new RoutingConfiguration(
            [Centre("SMALL"), Centre("BIG")],
            [Queue("101", "101", 2, ("SMALL", 1)), Queue("ENT", "ENT", 3, ("BIG", 1))],
            []);
        var profile = Flat([("101", 30, 300), ("ENT", 12, 300)], [("SMALL", 3), ("BIG", 20)]);
        var withoutRule = new ServingCentresRouter(configuration);
        var withRule = new OverflowWhenLongRouter("101", "ENT", waitingAtLeast: 2);

        var before = DaySimulator.Run(new SimulationInput(configuration, profile, withoutRule, DayStart, 5), 0);
        var after = DaySimulator.Run(new SimulationInput(configuration, profile, withRule, DayStart, 5), 0);

        // The very same calls are offered either way (common random numbers).
        Assert.Equal(before.Queues["101"].Sum(s => s.Offered), after.Queues["101"].Sum(s => s.Offered));
        Assert.Equal(0, before.Queues["101"].Sum(s => s.OverflowedOut));
        var overflowed = after.Queues["101"].Sum(s => s.OverflowedOut);
        Assert.True(overflowed > 100, $"only {overflowed} calls overflowed");
        Assert.Equal(overflowed, after.Queues["ENT"].Sum(s => s.OverflowedIn));
        Assert.True(after.Centres["BIG"].Sum(s => s.Answered) > before.Centres["BIG"].Sum(s => s.Answered) + 100);
        Assert.True(Share(after.Queues["101"]) > Share(before.Queues["101"]) + 0.3,
            $"101 within 10 s: {Share(before.Queues["101"]):P1} without the rule, {Share(after.Queues["101"]):P1} with it");
        // The quiet queue pays a little for it.
        Assert.True(Share(after.Queues["ENT"]) <= Share(before.Queues["ENT"]));
    }

    [Fact]
    public void Impatient_callers_abandon_and_patient_ones_do_not()
    {
        var configuration = SingleQueue("C1");
        var overloaded = Flat([("999", 60, 300)], [("C1", 9)]);
        var impatient = overloaded with { Patience = [new QueuePatience("999", 30)] };
        var router = new ServingCentresRouter(configuration);

        var patientDay = DaySimulator.Run(new SimulationInput(configuration, overloaded, router, DayStart, 1), 0);
        var impatientDay = DaySimulator.Run(new SimulationInput(configuration, impatient, router, DayStart, 1), 0);

        Assert.Equal(0, patientDay.Queues["999"].Sum(s => s.Abandoned));
        Assert.True(impatientDay.Queues["999"].Sum(s => s.Abandoned) > 50);
        var offered = impatientDay.Queues["999"].Sum(s => s.Offered);
        Assert.Equal(offered, impatientDay.Queues["999"].Sum(s => s.Answered + s.Abandoned + s.Unanswered));
    }

    [Fact]
    public void Calls_waiting_for_an_empty_centre_are_answered_when_the_next_shift_starts()
    {
        var configuration = SingleQueue("C1");
        var slots = Enumerable.Range(0, ArrivalProfile.SlotsPerDay).Select(i => new ProfileSlot(
            i == 0 ? [new QueueArrivals("999", 20, 60)] : [],
            i == 0 ? [] : [new CentreStaffing("C1", 5)])).ToList();
        var profile = new ArrivalProfile("night shift late", slots);

        var day = DaySimulator.Run(new SimulationInput(configuration, profile, new ServingCentresRouter(configuration), DayStart, 3), 0);

        var first = day.Queues["999"][0];
        Assert.True(first.Offered > 5);
        Assert.Equal(first.Offered, first.Answered);
        Assert.Equal(0, first.AnsweredWithinTarget);
        Assert.Equal(0, day.Centres["C1"][0].Answered);
        Assert.Equal(first.Offered, day.Centres["C1"][1].Answered);
        Assert.Null(day.Centres["C1"][0].Occupancy);
    }

    [Fact]
    public void Calls_sent_to_a_partner_or_an_announcement_leave_the_force()
    {
        var configuration = new RoutingConfiguration([Centre("C1")],
            [Queue("101", "101", 2, ("C1", 1)), Queue("999", "999", 1, ("C1", 1))], []);
        var profile = Flat([("101", 20, 300), ("999", 20, 200)], [("C1", 5)]);
        var router = new FixedRouter(call => call.QueueCode == "101" ? WhatIfRoute.Announcement("101") : WhatIfRoute.ToPartner("999", "agreement-1"));

        var day = DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 9), 0);

        var ended = day.Queues["101"].Sum(s => s.EndedWithAnnouncement);
        Assert.Equal(day.Queues["101"].Sum(s => s.Offered), ended);
        Assert.Equal(day.Queues["999"].Sum(s => s.Offered), day.Queues["999"].Sum(s => s.ToPartner));
        Assert.Equal(0, day.Centres["C1"].Sum(s => s.Answered));
        Assert.All(day.Queues["999"], s => Assert.Null(s.AnsweredWithinTargetShare));
    }

    [Fact]
    public void A_call_routed_to_a_named_centre_waits_for_that_centre_only()
    {
        var configuration = SingleQueue("C1", "C2");
        var profile = Flat([("999", 40, 200)], [("C1", 10), ("C2", 10)]);
        var router = new FixedRouter(call => WhatIfRoute.ToCentre(call.QueueCode, "C2"));

        var day = DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 9), 0);

        Assert.Equal(0, day.Centres["C1"].Sum(s => s.Answered));
        Assert.Equal(day.Queues["999"].Sum(s => s.Answered), day.Centres["C2"].Sum(s => s.Answered));
    }

    [Fact]
    public void The_routing_sees_the_simulated_live_state()
    {
        var configuration = SingleQueue("C1");
        var profile = Flat([("999", 60, 300)], [("C1", 9)]);
        var seen = new List<RoutingLiveState>();
        var router = new FixedRouter(call => WhatIfRoute.ToQueue(call.QueueCode), seen);

        DaySimulator.Run(new SimulationInput(configuration, profile, router, DayStart, 2), 0);

        Assert.Contains(seen, s => s.Queue("999").Waiting > 0 && s.Queue("999").OldestWaitSeconds > 0);
        Assert.Contains(seen, s => s.Queue("999").AnsweredWithin10sShare < 1);
        Assert.Contains(seen, s => s.Centres["C1"].AvailableAgents > 0);
        Assert.All(seen, s => Assert.Equal(CentreServiceState.Normal, s.Centres["C1"].ServiceState));
        Assert.All(seen, s => Assert.InRange(s.TakenAt, DayStart, DayStart.AddDays(1)));
    }

    private static double Share(IEnumerable<QueueSlotTally> slots)
    {
        var list = slots.ToList();
        return (double)list.Sum(s => s.AnsweredWithinTarget) / list.Sum(s => s.ForTheForce);
    }

    private static string Fingerprint(SimulatedDay day) =>
        string.Join(";", day.Queues["999"].Select(s => $"{s.Offered}/{s.Answered}/{s.AnsweredWithinTarget}/{s.Abandoned}/{s.TotalWaitSeconds:R}"));

    /// <summary>Sends a queue's calls to another queue while at least so many of its calls wait (an overflow rule).</summary>
    private sealed class OverflowWhenLongRouter(string from, string to, int waitingAtLeast) : IWhatIfRouter
    {
        public WhatIfRoute Route(WhatIfCall call, RoutingLiveState state) =>
            call.QueueCode == from && state.Queue(from).Waiting >= waitingAtLeast ? WhatIfRoute.ToQueue(to) : WhatIfRoute.ToQueue(call.QueueCode);
    }

    private sealed class FixedRouter(Func<WhatIfCall, WhatIfRoute> route, List<RoutingLiveState>? seen = null) : IWhatIfRouter
    {
        public WhatIfRoute Route(WhatIfCall call, RoutingLiveState state)
        {
            seen?.Add(state);
            return route(call);
        }
    }
}
