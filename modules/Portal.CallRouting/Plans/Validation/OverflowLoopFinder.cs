using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// Finds overflow loops: a call overflowed from A to B (by any rule or the default) that B's policy can overflow back to
/// A, directly or through other queues. Any rule counts, whatever its conditions, because conditions that hold together
/// on a busy day are exactly when overflow happens. Every action on a loop is reported, so each can be corrected.
/// </summary>
internal static class OverflowLoopFinder
{
    public static IEnumerable<OverflowEdge> EdgesOf(IReadOnlyList<QueuePolicy> policies, string pathPrefix)
    {
        for (var i = 0; i < policies.Count; i++)
        {
            var policy = policies[i];
            for (var r = 0; r < policy.Rules.Count; r++)
            {
                for (var a = 0; a < policy.Rules[r].Actions.Count; a++)
                {
                    if (policy.Rules[r].Actions[a] is OverflowToQueueAction overflow)
                    {
                        yield return new OverflowEdge(policy.QueueCode, overflow.QueueCode, $"{pathPrefix}[{i}].rules[{r}].actions[{a}].queueCode");
                    }
                }
            }

            for (var a = 0; a < policy.DefaultActions.Count; a++)
            {
                if (policy.DefaultActions[a] is OverflowToQueueAction overflow)
                {
                    yield return new OverflowEdge(policy.QueueCode, overflow.QueueCode, $"{pathPrefix}[{i}].defaultActions[{a}].queueCode");
                }
            }
        }
    }

    /// <summary>The loops through <paramref name="candidates"/> in the graph of <paramref name="allEdges"/>, each as the queues it passes.</summary>
    public static IEnumerable<(OverflowEdge Edge, IReadOnlyList<string> Loop)> Find(IReadOnlyList<OverflowEdge> allEdges, IEnumerable<OverflowEdge> candidates)
    {
        var next = allEdges.GroupBy(e => e.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        foreach (var edge in candidates)
        {
            var back = PathBetween(next, edge.To, edge.From);
            if (back is not null)
            {
                yield return (edge, [edge.From, .. back]);
            }
        }
    }

    // Breadth-first: the shortest chain of queues from `start` to `goal` (both included), or null.
    private static List<string>? PathBetween(Dictionary<string, List<string>> next, string start, string goal)
    {
        var parent = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var frontier = new Queue<string>([start]);
        while (frontier.Count > 0)
        {
            var queue = frontier.Dequeue();
            if (queue == goal)
            {
                var chain = new List<string>();
                for (string? at = queue; at is not null; at = parent[at])
                {
                    chain.Add(at);
                }

                chain.Reverse();
                return chain;
            }

            foreach (var target in next.GetValueOrDefault(queue) ?? [])
            {
                if (parent.TryAdd(target, queue))
                {
                    frontier.Enqueue(target);
                }
            }
        }

        return null;
    }
}
