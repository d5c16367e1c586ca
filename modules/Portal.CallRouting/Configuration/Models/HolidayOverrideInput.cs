namespace Portal.CallRouting.Configuration.Models;

/// <summary>The hours of one date (<c>yyyy-MM-dd</c>) instead of its weekday's; no periods means closed all day.</summary>
public sealed class HolidayOverrideInput
{
    public string? Date { get; set; }
    public List<OpeningPeriodInput?>? Periods { get; set; }
    public string? Reason { get; set; }
}
