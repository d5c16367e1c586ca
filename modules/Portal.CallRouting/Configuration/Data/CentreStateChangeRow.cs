namespace Portal.CallRouting.Configuration.Data;

/// <summary>One change of a centre's service state: append-only, newest has the highest <see cref="Id"/>.</summary>
public sealed class CentreStateChangeRow
{
    public long Id { get; set; }
    public required string CentreCode { get; set; }
    public required string State { get; set; }
    public required string Reason { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
