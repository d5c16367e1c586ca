using System.Text;

namespace Portal.Benchmarks.Reporting;

/// <summary>
/// The run's results as one markdown table, printed last and written to
/// <c>BenchmarkDotNet.Artifacts/results/portal-summary.md</c> (beside BenchmarkDotNet's own reports).
/// </summary>
public static class SummaryTable
{
    public static string RelativePath { get; } = Path.Combine("BenchmarkDotNet.Artifacts", "results", "portal-summary.md");

    public static string Render(IReadOnlyList<GoalResult> results, string modes, TimeSpan elapsed, string loadAtStart)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Portal benchmarks");
        sb.AppendLine();
        sb.AppendLine($"Modes: {modes}. Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, " +
            $".NET {Environment.Version}, load average {loadAtStart} at start and {Infrastructure.MachineLoad.OneMinuteAverage()} at end. " +
            $"Finished {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz} after {elapsed.TotalSeconds:F0} s.");
        sb.AppendLine();
        sb.AppendLine("| Mode | Measure | Result | Baseline | Goal | Status |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
        {
            sb.AppendLine($"| {Cell(r.Mode)} | {Cell(r.Measure)} | {Cell(r.Figure)} | {Cell(r.Baseline)} | {Cell(r.Goal)} | {r.Status} |");
        }

        var goals = results.Count(r => r.Pass is not null);
        var failed = results.Count(r => r.Pass == false);
        sb.AppendLine();
        sb.AppendLine(failed == 0 ? $"All {goals} goals met." : $"{failed} of {goals} goals FAILED.");
        return sb.ToString();
    }

    public static string Write(string markdown)
    {
        var path = Path.GetFullPath(RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, markdown);
        return path;
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
