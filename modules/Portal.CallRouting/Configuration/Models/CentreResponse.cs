namespace Portal.CallRouting.Configuration.Models;

/// <summary>A centre with its current service state; <see cref="VersionId"/> is the ETag of its configuration.</summary>
public sealed record CentreResponse(
    string Code,
    string Name,
    int StaffedPositions,
    string? ScheduleCode,
    string State,
    string? StateReason,
    string? StateChangedBy,
    DateTimeOffset? StateChangedAt,
    string VersionId);
