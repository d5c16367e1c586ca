namespace Portal.CallRouting.Configuration.Models;

/// <summary>
/// A schedule as an editor describes it: the ordinary week, whether it closes on England and Wales bank holidays,
/// and date overrides. The manual override is not part of it: it is set and lifted on its own, with a reason
/// (<c>POST schedules/{code}/override</c>), and an edit of the hours keeps it.
/// </summary>
public sealed class ScheduleInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public List<WeeklyOpeningInput?>? Week { get; set; }
    public bool? ClosedOnBankHolidays { get; set; }
    public List<HolidayOverrideInput?>? Overrides { get; set; }
}
