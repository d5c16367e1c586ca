using System.Diagnostics;
using Portal.Benchmarks.Infrastructure;

namespace Portal.Benchmarks.Decisions;

/// <summary>
/// The evaluator's cost in CPU time rather than wall-clock time: the same decision as
/// <see cref="EvaluatorBenchmarks.Evaluate_BoundState"/>, repeated on one thread, divided into the process's CPU time.
/// On this 2-core machine shared by several builds (load averages of 30 to 60 are common) the benchmark thread gets a
/// small share of a core, so BenchmarkDotNet's wall-clock mean says more about the load than about the evaluator; CPU
/// time is what one core spends per decision whenever it runs it. The loop allocates nothing, so no collector work is
/// counted; other threads of the process (tiered compilation) are idle after the warm-up.
/// </summary>
public static class EvaluatorCpuTime
{
    private const int WarmupDecisions = 500_000;
    private const int Rounds = 3;

    /// <summary>Decisions per CPU-second (median of <see cref="Rounds"/>) and the wall-clock rate of the same rounds.</summary>
    public static (double PerCpuSecond, double PerWallSecond, string Load) Measure(int decisions)
    {
        var benchmark = new EvaluatorBenchmarks();
        benchmark.Setup(); // also checks that the decision walks all 50 rules
        var sink = 0;
        for (var i = 0; i < WarmupDecisions; i++)
        {
            sink += benchmark.Evaluate_BoundState();
        }

        // Give tiered compilation's background thread time to install the optimised code before measuring.
        Thread.Sleep(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < WarmupDecisions; i++)
        {
            sink += benchmark.Evaluate_BoundState();
        }

        var cpuRates = new List<double>();
        var wallRates = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < decisions; i++)
            {
                sink += benchmark.Evaluate_BoundState();
            }

            clock.Stop();
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            cpuRates.Add(decisions / cpu.TotalSeconds);
            wallRates.Add(decisions / clock.Elapsed.TotalSeconds);
        }

        // The sink keeps the JIT from discarding the loop; every decision lands on C2, centre index 1.
        if (sink != (2 * WarmupDecisions + (Rounds * decisions)) * 1)
        {
            throw new InvalidOperationException($"Evaluator CPU-time run: unexpected targets (sum {sink}).");
        }

        return (Statistics.Median(cpuRates), Statistics.Median(wallRates), MachineLoad.OneMinuteAverage());
    }
}
