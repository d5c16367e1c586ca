namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>A contingency plan: while active, <see cref="Policies"/>[queue index] (where not null) replaces that queue's policy.</summary>
public sealed class CompiledContingency
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required int RevertAfterMinutes { get; init; }

    public required bool NotifyPartners { get; init; }

    public required CompiledPolicy?[] Policies { get; init; }
}
