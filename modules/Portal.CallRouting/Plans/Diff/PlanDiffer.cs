using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Services;

namespace Portal.CallRouting.Plans.Diff;

/// <summary>
/// The structured difference between two plan documents. Queue policies are matched by queue code, rules by id
/// (stable across versions), contingency plans by code; conditions and actions are compared by value (their canonical
/// JSON), as multisets, so a reordering is told apart from a change.
/// </summary>
public static class PlanDiffer
{
    public static PlanDiff Compare(int from, RoutingPlanDocument before, int to, RoutingPlanDocument after) =>
        new(from, to, ComparePolicies(before.Queues, after.Queues), ComparePlans(before.ContingencyPlans, after.ContingencyPlans));

    private static List<QueueDiff> ComparePolicies(IReadOnlyList<QueuePolicy> before, IReadOnlyList<QueuePolicy> after)
    {
        var result = new List<QueueDiff>();
        var old = before.GroupBy(q => q.QueueCode).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.GroupBy(q => q.QueueCode).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var policy in after.Where(q => !old.ContainsKey(q.QueueCode)))
        {
            result.Add(new QueueDiff(policy.QueueCode, DiffChange.Added,
                policy.Rules.Select(r => new RuleDiff(r.Id, DiffChange.Added, [], null, null, null, r)).ToList(), null));
        }

        foreach (var policy in before.Where(q => !current.ContainsKey(q.QueueCode)))
        {
            result.Add(new QueueDiff(policy.QueueCode, DiffChange.Removed,
                policy.Rules.Select(r => new RuleDiff(r.Id, DiffChange.Removed, [], null, null, r, null)).ToList(), null));
        }

        foreach (var policy in after.Where(q => old.ContainsKey(q.QueueCode)))
        {
            var earlier = old[policy.QueueCode];
            var rules = CompareRules(earlier.Rules, policy.Rules);
            var defaults = CompareLists(earlier.DefaultActions, policy.DefaultActions);
            if (rules.Count > 0 || !defaults.IsEmpty)
            {
                result.Add(new QueueDiff(policy.QueueCode, DiffChange.Changed, rules, defaults.IsEmpty ? null : defaults));
            }
        }

        return result.OrderBy(q => q.QueueCode, StringComparer.Ordinal).ToList();
    }

    private static List<RuleDiff> CompareRules(IReadOnlyList<PolicyRule> before, IReadOnlyList<PolicyRule> after)
    {
        var result = new List<RuleDiff>();
        var old = before.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var rule in after)
        {
            if (!old.TryGetValue(rule.Id, out var earlier))
            {
                result.Add(new RuleDiff(rule.Id, DiffChange.Added, [], null, null, null, rule));
                continue;
            }

            var fields = new List<string>();
            if (earlier.Name != rule.Name)
            {
                fields.Add("name");
            }

            if (earlier.Priority != rule.Priority)
            {
                fields.Add("priority");
            }

            var conditions = CompareLists(earlier.Conditions, rule.Conditions);
            if (!conditions.IsEmpty)
            {
                fields.Add("conditions");
            }

            var actions = CompareLists(earlier.Actions, rule.Actions);
            if (!actions.IsEmpty)
            {
                fields.Add("actions");
            }

            if (fields.Count > 0)
            {
                result.Add(new RuleDiff(rule.Id, DiffChange.Changed, fields, conditions.IsEmpty ? null : conditions,
                    actions.IsEmpty ? null : actions, earlier, rule));
            }
        }

        result.AddRange(before.Where(r => !current.Contains(r.Id)).Select(r => new RuleDiff(r.Id, DiffChange.Removed, [], null, null, r, null)));
        return result;
    }

    private static List<ContingencyPlanDiff> ComparePlans(IReadOnlyList<ContingencyPlan> before, IReadOnlyList<ContingencyPlan> after)
    {
        var result = new List<ContingencyPlanDiff>();
        var old = before.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in after)
        {
            if (!old.TryGetValue(plan.Code, out var earlier))
            {
                result.Add(new ContingencyPlanDiff(plan.Code, DiffChange.Added, [], ComparePolicies([], plan.Queues)));
                continue;
            }

            var fields = new List<string>();
            if (earlier.Name != plan.Name)
            {
                fields.Add("name");
            }

            if (earlier.Description != plan.Description)
            {
                fields.Add("description");
            }

            if (earlier.RevertAfterMinutes != plan.RevertAfterMinutes)
            {
                fields.Add("revertAfterMinutes");
            }

            if (earlier.NotifyPartners != plan.NotifyPartners)
            {
                fields.Add("notifyPartners");
            }

            var queues = ComparePolicies(earlier.Queues, plan.Queues);
            if (fields.Count > 0 || queues.Count > 0)
            {
                result.Add(new ContingencyPlanDiff(plan.Code, DiffChange.Changed, fields, queues));
            }
        }

        result.AddRange(before.Where(p => !current.Contains(p.Code))
            .Select(p => new ContingencyPlanDiff(p.Code, DiffChange.Removed, [], ComparePolicies(p.Queues, []))));
        return result;
    }

    private static ListDiff<T> CompareLists<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
    {
        var oldKeys = before.Select(Key).ToList();
        var newKeys = after.Select(Key).ToList();
        var remaining = new List<string>(oldKeys);
        var added = new List<T>();
        for (var i = 0; i < after.Count; i++)
        {
            if (!remaining.Remove(newKeys[i]))
            {
                added.Add(after[i]);
            }
        }

        var unmatched = new List<string>(newKeys);
        var removed = new List<T>();
        for (var i = 0; i < before.Count; i++)
        {
            if (!unmatched.Remove(oldKeys[i]))
            {
                removed.Add(before[i]);
            }
        }

        var reordered = added.Count == 0 && removed.Count == 0 && !oldKeys.SequenceEqual(newKeys, StringComparer.Ordinal);
        return new ListDiff<T>(added, removed, reordered);
    }

    // Polymorphic values are compared as their base type, so the kind is part of the key.
    private static string Key<T>(T value) => CanonicalJson.Text<T>(value);
}
