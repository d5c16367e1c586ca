namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// A queue's policy: rules sorted by priority (ties in the order written) and the default actions. The conditions of
/// all its rules are also laid out flat, as atom indices, so the evaluator walks two int arrays rather than an object
/// per rule and per condition.
/// </summary>
public sealed class CompiledPolicy
{
    public required CompiledRule[] Rules { get; init; }

    /// <summary>The <see cref="CompiledCondition.AtomIndex"/> of every condition, rule after rule, in order.</summary>
    public required int[] ConditionAtoms { get; init; }

    /// <summary>Rule <c>r</c>'s conditions are <see cref="ConditionAtoms"/>[RuleStarts[r]..RuleStarts[r + 1]] (one more entry than rules).</summary>
    public required int[] RuleStarts { get; init; }

    public required CompiledActions Default { get; init; }
}
