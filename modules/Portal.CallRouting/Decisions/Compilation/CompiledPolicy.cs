namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>A queue's policy: rules sorted by priority (ties in the order written) and the default actions.</summary>
public sealed class CompiledPolicy
{
    public required CompiledRule[] Rules { get; init; }

    public required CompiledActions Default { get; init; }
}
