namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>A contact centre of the plan's configuration; <see cref="StaffedHoursIndex"/> is -1 when staffed around the clock.</summary>
public sealed class CompiledCentre
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required int StaffedHoursIndex { get; init; }
}
