namespace Portal.CallRouting.Configuration.Data;

/// <summary>
/// A schedule as stored: the weekly periods, date overrides and manual override are JSON documents
/// (<see cref="ScheduleJson"/>), always read and written whole with the schedule, never queried inside.
/// </summary>
public sealed class ScheduleRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string WeekJson { get; set; }
    public bool ClosedOnBankHolidays { get; set; }
    public required string OverridesJson { get; set; }
    public string? ManualOverrideJson { get; set; }
    public required string VersionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
