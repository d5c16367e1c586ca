using Portal.CallRouting.Domain;
using Portal.CallRouting.Simulator.Models;

namespace Portal.CallRouting.Simulator.Services;

/// <summary>
/// Turns a start request into <see cref="SimulationParameters"/>, filling what it leaves out from the configuration.
/// Out-of-range numbers are malformed (400); queues or centres the force does not have are unknown (422).
/// </summary>
internal static class SimulationParametersValidator
{
    public const double MaxArrivalsPerSecond = 100;
    public const int MaxAgents = 10_000;
    public const double MaxSeconds = 4 * 3600;

    public static (SimulationParameters? Parameters, Dictionary<string, string[]> Malformed, Dictionary<string, string[]> Unknown) Validate(
        SimulatorStartInput input, RoutingConfiguration configuration)
    {
        var malformed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknown = new Dictionary<string, string[]>(StringComparer.Ordinal);

        var arrivals = input.ArrivalsPerSecond ?? configuration.Queues.ToDictionary(q => q.Code, SimulationDefaults.ArrivalsFor);
        foreach (var (queue, rate) in arrivals)
        {
            if (configuration.Queue(queue) is null)
            {
                unknown[$"arrivalsPerSecond.{queue}"] = [$"The force has no queue '{queue}'."];
            }

            if (!double.IsFinite(rate) || rate < 0 || rate > MaxArrivalsPerSecond)
            {
                malformed[$"arrivalsPerSecond.{queue}"] = [$"Enter an arrival rate from 0 to {MaxArrivalsPerSecond} calls a second ({MaxArrivalsPerSecond * 60:0} a minute)."];
            }
        }

        if (arrivals.Count == 0 || arrivals.Values.All(r => r <= 0))
        {
            malformed["arrivalsPerSecond"] = ["Give at least one queue calls to answer (a rate above 0)."];
        }

        var agents = input.AgentsPerCentre ?? configuration.Centres.ToDictionary(c => c.Code, SimulationDefaults.AgentsFor);
        foreach (var (centre, count) in agents)
        {
            if (configuration.Centre(centre) is null)
            {
                unknown[$"agentsPerCentre.{centre}"] = [$"The force has no contact centre '{centre}'."];
            }

            if (count is < 0 or > MaxAgents)
            {
                malformed[$"agentsPerCentre.{centre}"] = [$"Enter agents from 0 to {MaxAgents}."];
            }
        }

        var handling = input.MeanHandlingSeconds ?? SimulationDefaults.MeanHandlingSeconds;
        if (!double.IsFinite(handling) || handling < 1 || handling > MaxSeconds)
        {
            malformed["meanHandlingSeconds"] = [$"Enter a mean handling time from 1 to {MaxSeconds} seconds."];
        }

        var distribution = input.Distribution ?? SimulationDefaults.Distribution;
        if (!Enum.IsDefined(distribution))
        {
            malformed["distribution"] = ["Choose Exponential or LogNormal."];
        }

        var spread = input.HandlingSpread ?? SimulationDefaults.HandlingSpread;
        if (!double.IsFinite(spread) || spread < 0.05 || spread > 3)
        {
            malformed["handlingSpread"] = ["Enter a log-normal spread (sigma) from 0.05 to 3."];
        }

        var patience = input.MeanPatienceSeconds ?? SimulationDefaults.MeanPatienceSeconds;
        if (!double.IsFinite(patience) || patience < 0 || patience > MaxSeconds)
        {
            malformed["meanPatienceSeconds"] = [$"Enter a mean patience from 0 (nobody hangs up) to {MaxSeconds} seconds."];
        }

        return malformed.Count > 0 || unknown.Count > 0
            ? (null, malformed, unknown)
            : (new SimulationParameters(arrivals, agents, handling, distribution, spread, patience, input.Seed), malformed, unknown);
    }
}
