namespace Portal.CallRouting.Configuration.ViewModels;

public sealed class PeriodFormRow
{
    public string? Opens { get; set; }
    public string? Closes { get; set; }
}
