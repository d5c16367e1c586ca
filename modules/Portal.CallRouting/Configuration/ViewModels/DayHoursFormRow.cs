namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>One weekday on the schedule form, with a few period slots (blank slots are ignored).</summary>
public sealed class DayHoursFormRow
{
    public string? Day { get; set; }
    public List<PeriodFormRow> Periods { get; set; } = [];
}
