namespace Portal.CallRouting.Scheduling;

/// <summary>
/// Opening hours of a queue, in Europe/London local time (so correct across clock changes): the ordinary week, the
/// England and Wales bank holidays when <see cref="ClosedOnBankHolidays"/>, date overrides, and a manual override
/// that beats everything else while it lasts.
/// </summary>
public sealed record ScheduleDefinition(
    string Code,
    string Name,
    IReadOnlyList<WeeklyOpening> Week,
    bool ClosedOnBankHolidays,
    IReadOnlyList<HolidayOverride> Overrides,
    ManualOverride? Manual);
