using Portal.CallRouting.Decisions.Compilation;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// The contingency activations that concern the plan, by its contingency indices, latest activation first (when two
/// replace the same queue's policy, the one switched on last wins). An activation of a code the plan does not have is
/// dropped: a newer plan version may have removed that contingency plan.
/// </summary>
public sealed class BoundContingencies
{
    private static readonly BoundContingencies Nothing = new([], [], []);

    private BoundContingencies(int[] indices, long[] activatedTicks, long[] revertTicks)
    {
        Indices = indices;
        ActivatedTicks = activatedTicks;
        RevertTicks = revertTicks;
    }

    public int[] Indices { get; }

    public long[] ActivatedTicks { get; }

    public long[] RevertTicks { get; }

    public static BoundContingencies None => Nothing;

    public static BoundContingencies Bind(CompiledRoutingPlan plan, IReadOnlyList<ContingencyActivationState> activations)
    {
        if (activations.Count == 0)
        {
            return Nothing;
        }

        var known = activations
            .Where(a => plan.ContingencyIndex.ContainsKey(a.Code))
            .OrderByDescending(a => a.ActivatedAt)
            .ToArray();
        return new BoundContingencies(
            known.Select(a => plan.ContingencyIndex[a.Code]).ToArray(),
            known.Select(a => a.ActivatedAt.UtcTicks).ToArray(),
            known.Select(a => a.RevertAt.UtcTicks).ToArray());
    }
}
