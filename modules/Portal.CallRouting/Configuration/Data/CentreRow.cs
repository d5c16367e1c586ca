namespace Portal.CallRouting.Configuration.Data;

/// <summary>
/// A contact centre as stored. The current service state sits on the row (written together with its history row)
/// so that reading every centre's state is one small query; <see cref="VersionId"/> changes only when the
/// configuration changes, so a telephony state change never makes a person's edit stale.
/// </summary>
public sealed class CentreRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int StaffedPositions { get; set; }
    public string? ScheduleCode { get; set; }
    public required string VersionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string State { get; set; } = "Normal";
    public string? StateReason { get; set; }
    public string? StateChangedBy { get; set; }
    public DateTimeOffset? StateChangedAt { get; set; }
}
