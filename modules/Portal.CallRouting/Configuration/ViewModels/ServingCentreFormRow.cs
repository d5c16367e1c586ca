namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>One centre on the queue form: its preference for the queue, or empty when it does not serve it.</summary>
public sealed class ServingCentreFormRow
{
    public string? CentreCode { get; set; }
    public string? CentreName { get; set; }
    public string? Preference { get; set; }
}
