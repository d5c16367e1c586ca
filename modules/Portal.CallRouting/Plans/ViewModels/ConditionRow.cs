namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>
/// One condition of the rule form, as plain fields: <see cref="Kind"/> says which of the others count (an empty kind
/// is an unused row). Lists (states, prefixes) are written separated by commas.
/// </summary>
public sealed class ConditionRow
{
    public string? Kind { get; set; }
    public string? ScheduleCode { get; set; }
    public bool WhenOpen { get; set; } = true;
    public string? Metric { get; set; }
    public string? Operator { get; set; }
    public string? Threshold { get; set; }
    public string? QueueCode { get; set; }
    public string? CentreCode { get; set; }
    public string? States { get; set; }
    public string? Prefixes { get; set; }
    public bool Withheld { get; set; } = true;
}
