namespace Portal.CallRouting.Configuration.Data;

/// <summary>
/// A centre serving a queue. The foreign key to the centre restricts deletion, so even a request racing the
/// registry's own check cannot leave a queue served by a centre that no longer exists.
/// </summary>
public sealed class QueueServingCentreRow
{
    public required string QueueCode { get; set; }
    public required string CentreCode { get; set; }
    public int Preference { get; set; }
}
