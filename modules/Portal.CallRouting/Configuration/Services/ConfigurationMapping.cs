using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>From stored rows to the shared domain records and to the API's responses.</summary>
public static class ConfigurationMapping
{
    public static ContactCentre ToDomain(CentreRow row) => new(row.Code, row.Name, row.StaffedPositions, row.ScheduleCode);

    public static CallQueue ToDomain(QueueRow row) => new(
        row.Code, row.Name, row.Service, row.Priority, row.MaxLength, row.MaxWaitSeconds, row.Announcement,
        Distributions.Parse(row.Distribution) ?? DistributionMethod.LongestIdle, row.ScheduleCode,
        row.ServingCentres.OrderBy(s => s.Preference).ThenBy(s => s.CentreCode, StringComparer.Ordinal)
            .Select(s => new QueueServingCentre(s.CentreCode, s.Preference)).ToList());

    public static ScheduleDefinition ToDomain(ScheduleRow row) => new(
        row.Code, row.Name, ScheduleJson.ReadWeek(row.WeekJson), row.ClosedOnBankHolidays,
        ScheduleJson.ReadOverrides(row.OverridesJson), ScheduleJson.ReadManual(row.ManualOverrideJson));

    public static CentreServiceState StateOf(CentreRow row) =>
        Enum.TryParse<CentreServiceState>(row.State, out var state) ? state : CentreServiceState.Normal;

    public static CentreStatus StatusOf(CentreRow row) => new(
        row.Code, StateOf(row), row.StateReason, row.StateChangedBy ?? "", row.StateChangedAt ?? row.CreatedAt);

    public static CentreResponse ToResponse(CentreRow row) => new(
        row.Code, row.Name, row.StaffedPositions, row.ScheduleCode, StateOf(row).ToString(), row.StateReason,
        row.StateChangedBy, row.StateChangedAt, row.VersionId);

    public static QueueResponse ToResponse(QueueRow row)
    {
        var queue = ToDomain(row);
        return new QueueResponse(row.Code, row.Name, row.Service, row.Priority, row.MaxLength, row.MaxWaitSeconds, row.Announcement,
            row.Distribution, row.ScheduleCode, queue.ServingCentres.Select(s => new ServingCentreResponse(s.CentreCode, s.Preference)).ToList(),
            row.VersionId);
    }

    public static ScheduleResponse ToResponse(ScheduleRow row)
    {
        var schedule = ToDomain(row);
        return new ScheduleResponse(
            row.Code, row.Name,
            schedule.Week.OrderBy(d => ((int)d.Day + 6) % 7).Select(d => new WeeklyOpeningResponse(d.Day.ToString(), Periods(d.Periods))).ToList(),
            row.ClosedOnBankHolidays,
            schedule.Overrides.OrderBy(o => o.Date).Select(o => new HolidayOverrideResponse(o.Date.ToString("yyyy-MM-dd"), Periods(o.Periods), o.Reason)).ToList(),
            schedule.Manual is { } manual ? new ManualOverrideResponse(manual.Mode.ToString(), manual.Until, manual.Reason, manual.SetBy, manual.SetAt) : null,
            row.VersionId);
    }

    private static List<OpeningPeriodResponse> Periods(IEnumerable<OpeningPeriod> periods) =>
        periods.Select(p => new OpeningPeriodResponse(ScheduleTimes.Format(p.Opens), ScheduleTimes.Format(p.Closes))).ToList();
}
