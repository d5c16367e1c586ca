using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Portal.Benchmarks.Reporting;

namespace Portal.Benchmarks.Resolution;

/// <summary>Goal: <c>RunningShellTable.Match</c> under 200 ns per call with 50 tenants.</summary>
public static class ResolutionMode
{
    public const string Name = "resolution";
    private const double GoalNs = 200;

    public static IReadOnlyList<GoalResult> Run()
    {
        // In-process (no separate build), ShortRun-sized: 1 launch, 3 warm-up and 3 measured iterations.
        var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess");
        var config = DefaultConfig.Instance.AddJob(job).AddDiagnoser(MemoryDiagnoser.Default);
        var summary = BenchmarkRunner.Run<ShellResolutionBenchmarks>(config);
        if (summary.HasCriticalValidationErrors)
        {
            throw new InvalidOperationException("BenchmarkDotNet refused the benchmarks: " +
                string.Join(" ", summary.ValidationErrors.Select(e => e.Message)));
        }

        var reports = summary.Reports.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        var baseline = reports[nameof(ShellResolutionBenchmarks.Dictionary_FirstSegment)];
        var baselineNs = MeanNs(baseline);
        var results = new List<GoalResult>
        {
            GoalResult.Info(Name, baseline.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                $"{baselineNs:F1} ns, {Allocated(baseline)}", "(baseline)"),
        };

        foreach (var report in summary.Reports.Where(r => r != baseline))
        {
            var meanNs = MeanNs(report);
            results.Add(new GoalResult(Name,
                report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                $"{meanNs:F1} ns (ratio {meanNs / baselineNs:F2}), {Allocated(report)}",
                $"{baselineNs:F1} ns",
                $"< {GoalNs:F0} ns",
                meanNs < GoalNs));
        }

        return results;
    }

    private static double MeanNs(BenchmarkDotNet.Reports.BenchmarkReport report) =>
        report.ResultStatistics?.Mean
        ?? throw new InvalidOperationException($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} produced no result.");

    private static string Allocated(BenchmarkDotNet.Reports.BenchmarkReport report) =>
        report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? $"{bytes} B allocated/op" : "allocations n/a";
}
