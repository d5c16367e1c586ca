namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>A policy rule ready to evaluate: its conditions (all must hold) and its actions.</summary>
public sealed class CompiledRule
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required int Priority { get; init; }

    public required CompiledCondition[] Conditions { get; init; }

    public required CompiledActions Actions { get; init; }
}
