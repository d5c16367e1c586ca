using Portal.CallRouting.Simulator.Models;
using Portal.CallRouting.Simulator.Services;
using Portal.CallRouting.Tests.Support.Live;
using Portal.Contracts;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Tests.Live;

/// <summary>
/// The simulator's model played over simulated hours with a fixed seed: what it produces must match its parameters
/// (arrival rates, handling times through Little's law, patience) within a few standard errors.
/// </summary>
public sealed class CallCentreSimulationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static (CallCentreSimulation Simulation, List<IIntegrationEvent> Events) Play(SimulationParameters parameters, TimeSpan length)
    {
        var simulation = new CallCentreSimulation("met", "test", parameters, LiveTestConfiguration.Force, new Random(parameters.Seed!.Value), Start);
        var events = new List<IIntegrationEvent>(simulation.Begin());
        // Advanced in steps of the real-time runner's tick (agents are reported once a step).
        for (var at = Start; at < Start + length; at += TimeSpan.FromMilliseconds(100))
        {
            events.AddRange(simulation.AdvanceTo(at));
        }

        return (simulation, events);
    }

    private static SimulationParameters Parameters(double rate999 = 1, double rate101 = 0.5, int north = 200, int south = 200,
        double handling = 30, HandlingTimeDistribution distribution = HandlingTimeDistribution.Exponential, double patience = 60) =>
        new(new Dictionary<string, double> { ["Q999"] = rate999, ["Q101"] = rate101 },
            new Dictionary<string, int> { ["NORTH"] = north, ["SOUTH"] = south },
            handling, distribution, 0.6, patience, Seed: 20261127);

    [Fact]
    public void Arrivals_per_queue_match_the_poisson_rates()
    {
        var hours = 2;
        var (_, events) = Play(Parameters(rate999: 1, rate101: 0.5), TimeSpan.FromHours(hours));

        var offered = events.OfType<CallOffered>().GroupBy(e => e.QueueCode).ToDictionary(g => g.Key, g => g.Count());

        // Expected 7,200 and 3,600; a Poisson count's standard deviation is its square root (85 and 60): 4 of them.
        Assert.InRange(offered["Q999"], 7200 - 340, 7200 + 340);
        Assert.InRange(offered["Q101"], 3600 - 240, 3600 + 240);
    }

    [Theory]
    [InlineData(HandlingTimeDistribution.Exponential)]
    [InlineData(HandlingTimeDistribution.LogNormal)]
    public void Busy_agents_on_average_equal_arrivals_times_mean_handling(HandlingTimeDistribution distribution)
    {
        // Little's law: with agents to spare, the mean number busy is the arrival rate times the mean handling time.
        var (_, events) = Play(Parameters(rate999: 1, rate101: 0, north: 400, south: 0, handling: 30, distribution: distribution), TimeSpan.FromHours(3));

        var busy = TimeWeightedBusy(events.OfType<AgentsAvailableChanged>().Where(e => e.CentreCode == "NORTH").ToList(), 400,
            Start + TimeSpan.FromMinutes(10), Start + TimeSpan.FromHours(3));

        Assert.InRange(busy, 30 * 0.93, 30 * 1.07);
    }

    [Fact]
    public void Without_agents_every_caller_hangs_up_after_the_mean_patience()
    {
        var (_, events) = Play(Parameters(rate999: 0.5, rate101: 0, north: 0, south: 0, patience: 40), TimeSpan.FromHours(2));

        var offered = events.OfType<CallOffered>().ToDictionary(e => e.CallId, e => e.OfferedAt);
        var waits = events.OfType<CallAbandoned>().Select(a => (a.AbandonedAt - offered[a.CallId]).TotalSeconds).ToList();

        Assert.Empty(events.OfType<CallAnswered>());
        Assert.True(waits.Count > 3000, $"only {waits.Count} callers hung up");
        // Exponential patience: the mean's standard error is 40 / sqrt(n), under 0.8 s here.
        Assert.InRange(waits.Average(), 40 - 3, 40 + 3);
    }

    [Fact]
    public void A_call_is_answered_by_the_preferred_centre_while_it_has_agents_and_every_call_ends_once()
    {
        var (simulation, events) = Play(Parameters(rate999: 2, rate101: 0.5, north: 20, south: 10, handling: 20), TimeSpan.FromHours(1));
        events.AddRange(simulation.End());

        var offered = events.OfType<CallOffered>().Select(e => e.CallId).ToList();
        var ended = events.OfType<CallAnswered>().Select(e => e.CallId).Concat(events.OfType<CallAbandoned>().Select(e => e.CallId)).ToList();
        Assert.Equal(offered.Count, ended.Count);
        Assert.Equal(offered.ToHashSet(), ended.ToHashSet());
        Assert.All(events.OfType<CallAnswered>(), a => Assert.True(a.AnsweredAt >= a.OfferedAt));
        Assert.DoesNotContain(events.OfType<CallAnswered>(), a => a.QueueCode == "Q101" && a.CentreCode != "SOUTH");
        // 999 calls overflow to South only when North is full: North answers most of them.
        var answered999 = events.OfType<CallAnswered>().Where(a => a.QueueCode == "Q999").ToList();
        Assert.True(answered999.Count(a => a.CentreCode == "NORTH") > answered999.Count / 2);
        Assert.Equal(new SimulationCounts(offered.Count, events.OfType<CallAnswered>().Count(), events.OfType<CallAbandoned>().Count()), simulation.Counts);
    }

    [Fact]
    public void The_same_seed_plays_the_same_calls()
    {
        var first = Play(Parameters(), TimeSpan.FromMinutes(20)).Events.Select(e => e.ToString());
        var second = Play(Parameters(), TimeSpan.FromMinutes(20)).Events.Select(e => e.ToString());

        Assert.Equal(first, second);
    }

    private static double TimeWeightedBusy(IReadOnlyList<AgentsAvailableChanged> reports, int agents, DateTimeOffset from, DateTimeOffset to)
    {
        var total = 0.0;
        var free = agents;
        var at = from;
        foreach (var report in reports)
        {
            if (report.ChangedAt > from)
            {
                var until = report.ChangedAt < to ? report.ChangedAt : to;
                total += (agents - free) * (until - at).TotalSeconds;
                at = until;
            }

            free = report.AvailableAgents;
        }

        total += (agents - free) * (to - at).TotalSeconds;
        return total / (to - from).TotalSeconds;
    }
}
