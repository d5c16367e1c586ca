namespace Portal.CallRouting.Configuration.Models;

/// <summary>A schedule as stored, days Monday first. <see cref="VersionId"/> is its ETag.</summary>
public sealed record ScheduleResponse(
    string Code,
    string Name,
    IReadOnlyList<WeeklyOpeningResponse> Week,
    bool ClosedOnBankHolidays,
    IReadOnlyList<HolidayOverrideResponse> Overrides,
    ManualOverrideResponse? ManualOverride,
    string VersionId);
