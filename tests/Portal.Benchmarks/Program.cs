using System.Diagnostics;
using Portal.Benchmarks.ColdStart;
using Portal.Benchmarks.Dashboard;
using Portal.Benchmarks.Decisions;
using Portal.Benchmarks.Events;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.Memory;
using Portal.Benchmarks.Publications;
using Portal.Benchmarks.Reporting;
using Portal.Benchmarks.Resolution;
using Portal.Benchmarks.Stores;
using Portal.Benchmarks.Throughput;
using Portal.Benchmarks.Tokens;

namespace Portal.Benchmarks;

/// <summary>
/// Usage: Portal.Benchmarks [resolution|throughput|memory|coldstart|tokens|stores|events|dashboard|decisions|evaluator|publications|all] [--quick]
///   evaluator runs only the in-process evaluator part of decisions (BenchmarkDotNet, no HTTP).
///   stores needs PostgreSQL (Portal__Database__ConnectionString, exported by infra/bench.sh --with-services).
///   publications runs its search on SQLite, and also on PostgreSQL when Portal__Database__ConnectionString is set.
///   events needs RabbitMQ (Portal__Bus__RabbitMQ__Host|Username|Password, exported the same way).
///   --quick shortens throughput, memory and tokens for a smoke run; its figures are not the goals' figures.
/// Internal: Portal.Benchmarks memory-child N DATADIR (one isolated measurement, spawned by the memory mode).
/// </summary>
internal static class Program
{
    // Only the entry point: the app the factory starts is Portal.Web's Program, in the global namespace.
    public static async Task<int> Main(string[] args)
    {
        using var interrupts = new InterruptHandler();
        var modes = new[] { ResolutionMode.Name, ThroughputMode.Name, MemoryMode.Name, ColdStartMode.Name, TokenMode.Name, StoresMode.Name, EventsMode.Name, DashboardMode.Name, DecisionsMode.Name, DecisionsMode.EvaluatorName, DecisionsMode.ApiName, DecisionPipelineMode.Name, PublicationsMode.Name };
        var quick = args.Contains("--quick");
        var positional = args.Where(a => a != "--quick").ToArray();
        var mode = positional.FirstOrDefault()?.ToLowerInvariant() ?? "all";

        if (mode == MemoryMode.ChildArgument)
        {
            if (positional.Length != 3)
            {
                Console.Error.WriteLine($"Usage: {MemoryMode.ChildArgument} TENANTS DATADIR");
                return 2;
            }

            return await MemoryChild.RunAsync(int.Parse(positional[1], System.Globalization.CultureInfo.InvariantCulture), positional[2]);
        }

        // "all" skips evaluator and decisions-api (decisions already runs both) and decisions-pipeline (a tool for the request path, no goal).
        var selected = mode == "all" ? modes.Where(m => m != DecisionsMode.EvaluatorName && m != DecisionsMode.ApiName && m != DecisionPipelineMode.Name).ToArray() : modes.Where(m => m == mode).ToArray();
        if (selected.Length == 0)
        {
            Console.Error.WriteLine($"Unknown mode '{mode}'. Use one of: {string.Join(", ", modes)}, all (default); add --quick for a smoke run.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var loadAtStart = MachineLoad.OneMinuteAverage();
        var results = new List<GoalResult>();
        foreach (var name in selected)
        {
            Console.WriteLine($"=== {name} ===");
            try
            {
                results.AddRange(name switch
                {
                    ResolutionMode.Name => ResolutionMode.Run(),
                    ThroughputMode.Name => await ThroughputMode.RunAsync(quick),
                    MemoryMode.Name => await MemoryMode.RunAsync(quick),
                    ColdStartMode.Name => await ColdStartMode.RunAsync(),
                    TokenMode.Name => await TokenMode.RunAsync(quick),
                    StoresMode.Name => await StoresMode.RunAsync(quick),
                    EventsMode.Name => await EventsMode.RunAsync(quick),
                    DashboardMode.Name => await DashboardMode.RunAsync(quick),
                    DecisionsMode.Name => await DecisionsMode.RunAsync(quick),
                    DecisionsMode.EvaluatorName => DecisionsMode.Evaluator(),
                    DecisionsMode.ApiName => await DecisionsMode.ApiAsync(quick),
                    DecisionPipelineMode.Name => await DecisionPipelineMode.RunAsync(quick),
                    PublicationsMode.Name => await PublicationsMode.RunAsync(quick),
                    _ => throw new InvalidOperationException(name),
                });
            }
            catch (Exception ex)
            {
                // One mode failing still lets the others report.
                Console.Error.WriteLine($"[{name}] failed: {ex}");
                results.Add(GoalResult.Error(name, ex));
            }
        }

        var label = string.Join(", ", selected) + (quick ? " (--quick: smoke run, not the goals' figures)" : "");
        var markdown = SummaryTable.Render(results, label, clock.Elapsed, loadAtStart);
        var path = SummaryTable.Write(markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {path}");
        return results.Any(r => r.Pass == false) ? 1 : 0;
    }
}
