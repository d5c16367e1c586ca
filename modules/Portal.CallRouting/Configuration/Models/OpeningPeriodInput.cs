namespace Portal.CallRouting.Configuration.Models;

/// <summary>Open from <see cref="Opens"/> to <see cref="Closes"/>, both <c>HH:mm</c>; closes <c>00:00</c> means midnight.</summary>
public sealed class OpeningPeriodInput
{
    public string? Opens { get; set; }
    public string? Closes { get; set; }
}
