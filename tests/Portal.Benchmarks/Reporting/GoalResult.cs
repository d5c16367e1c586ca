namespace Portal.Benchmarks.Reporting;

/// <summary>
/// One line of the final table: what was measured, the figure, the baseline it is compared with (when there is
/// one), the goal, and whether it was met. <see cref="Pass"/> is null for figures reported without a goal.
/// </summary>
public sealed record GoalResult(
    string Mode,
    string Measure,
    string Figure,
    string Baseline,
    string Goal,
    bool? Pass)
{
    public static GoalResult Info(string mode, string measure, string figure, string baseline = "") =>
        new(mode, measure, figure, baseline, "", null);

    /// <summary>A mode that could not produce its figures counts as a failed goal, with the reason.</summary>
    public static GoalResult Error(string mode, Exception ex)
    {
        // The full exception is on stderr; the table keeps the first line, shortened.
        var message = ex.Message.Split('\n')[0].Trim();
        return new(mode, "error", ex.GetType().Name + ": " + (message.Length > 300 ? message[..300] + "..." : message), "", "mode completes", false);
    }

    public string Status => Pass switch { true => "PASS", false => "FAIL", null => "info" };
}
