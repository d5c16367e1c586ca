using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// Finds the conditions of one rule that cannot hold together (so the rule can never fire): comparisons of the same
/// figure of the same queue with no value in common ("queue length &gt; 20" and "&lt; 10", or "&lt; 0"), a schedule
/// required both open and closed, a centre in two disjoint sets of states, a number both withheld and presented or
/// withheld and starting with a prefix, and prefix lists no number can start with both of.
/// </summary>
internal static class ContradictionFinder
{
    /// <returns>The index of the condition that makes the set impossible, and why.</returns>
    public static IEnumerable<(int Index, string Message)> Find(string queueCode, IReadOnlyList<RuleCondition> conditions)
    {
        var ranges = new Dictionary<(QueueMetric, string), MetricRange>();
        var schedules = new Dictionary<string, bool>(StringComparer.Ordinal);
        var centres = new Dictionary<string, HashSet<CentreServiceState>>(StringComparer.Ordinal);
        bool? withheld = null;
        List<string>? prefixes = null;

        for (var i = 0; i < conditions.Count; i++)
        {
            switch (conditions[i])
            {
                case QueueMetricCondition metric:
                {
                    var key = (metric.Metric, metric.QueueCode ?? queueCode);
                    var before = ranges.GetValueOrDefault(key, MetricRange.NonNegative);
                    var after = before.Apply(metric.Operator, metric.Threshold);
                    ranges[key] = after;
                    if (after.IsEmpty && !before.IsEmpty)
                    {
                        yield return (i, $"No value of {metric.Metric} of queue {key.Item2} meets this condition together with the rule's other conditions: the rule can never fire.");
                    }

                    break;
                }

                case TimePeriodCondition time:
                    if (schedules.TryGetValue(time.ScheduleCode, out var open) && open != time.WhenOpen)
                    {
                        yield return (i, $"Schedule {time.ScheduleCode} cannot be open and closed at once: the rule can never fire.");
                    }

                    schedules[time.ScheduleCode] = time.WhenOpen;
                    break;

                case CentreStateCondition centre:
                    if (centres.TryGetValue(centre.CentreCode, out var states))
                    {
                        var had = states.Count;
                        states.IntersectWith(centre.States);
                        if (states.Count == 0 && had > 0)
                        {
                            yield return (i, $"Centre {centre.CentreCode} cannot be in none of the states at once: the rule can never fire.");
                        }
                    }
                    else
                    {
                        centres[centre.CentreCode] = [.. centre.States];
                    }

                    break;

                case CallerWithheldCondition caller:
                    if (withheld is { } w && w != caller.Withheld)
                    {
                        yield return (i, "The caller's number cannot be withheld and presented at once: the rule can never fire.");
                    }
                    else if (caller.Withheld && prefixes is not null)
                    {
                        yield return (i, "A withheld number has no prefix to match: the rule can never fire.");
                    }

                    withheld = caller.Withheld;
                    break;

                case CallerPrefixCondition prefix:
                    if (withheld == true)
                    {
                        yield return (i, "A withheld number has no prefix to match: the rule can never fire.");
                    }
                    else if (prefixes is not null)
                    {
                        var compatible = Compatible(prefixes, prefix.Prefixes);
                        if (compatible.Count == 0 && prefixes.Count > 0)
                        {
                            yield return (i, "No number can start with one of these prefixes and one of the rule's other prefixes: the rule can never fire.");
                        }

                        prefixes = compatible;
                        break;
                    }

                    prefixes ??= [.. prefix.Prefixes];
                    break;
            }
        }
    }

    // The prefixes a number must start with to match both lists: of each compatible pair, the longer.
    private static List<string> Compatible(List<string> first, IReadOnlyList<string> second) =>
        [.. first.SelectMany(a => second.Where(b => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
            .Select(b => a.Length >= b.Length ? a : b)).Distinct(StringComparer.Ordinal)];
}
