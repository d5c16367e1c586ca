namespace Portal.CallRouting.Configuration.Data;

/// <summary>A call queue as stored; its serving centres are rows of their own (<see cref="QueueServingCentreRow"/>).</summary>
public sealed class QueueRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Service { get; set; }
    public int Priority { get; set; }
    public int MaxLength { get; set; }
    public int MaxWaitSeconds { get; set; }
    public string? Announcement { get; set; }
    public required string Distribution { get; set; }
    public string? ScheduleCode { get; set; }
    public required string VersionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<QueueServingCentreRow> ServingCentres { get; set; } = [];
}
