namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// A queue of the plan's configuration: its opening hours (-1: always open, as every 999 queue is), its serving centres
/// as centre indices sorted by preference, and its policy (a queue the document gives no policy to uses its serving
/// centres).
/// </summary>
public sealed class CompiledQueue
{
    public required string Code { get; init; }

    public required string Service { get; init; }

    public required int Priority { get; init; }

    public required int OpeningHoursIndex { get; init; }

    public required int[] ServingCentres { get; init; }

    public required CompiledPolicy Policy { get; init; }
}
