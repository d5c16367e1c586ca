namespace Portal.CallRouting.Configuration.Models;

/// <summary>The periods of one weekday (<c>Monday</c> ... <c>Sunday</c>); a day not listed is closed.</summary>
public sealed class WeeklyOpeningInput
{
    public string? Day { get; set; }
    public List<OpeningPeriodInput?>? Periods { get; set; }
}
