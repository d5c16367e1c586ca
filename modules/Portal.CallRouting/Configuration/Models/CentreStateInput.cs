namespace Portal.CallRouting.Configuration.Models;

/// <summary>A change of a centre's service state: the state by name (<c>Degraded</c>) and why (required).</summary>
public sealed class CentreStateInput
{
    public string? State { get; set; }
    public string? Reason { get; set; }
}
