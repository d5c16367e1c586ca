namespace Portal.CallRouting.Configuration.Models;

/// <summary>A centre that serves a queue, with its preference (1 is tried first, 5 last).</summary>
public sealed class ServingCentreInput
{
    public string? CentreCode { get; set; }
    public int? Preference { get; set; }
}
