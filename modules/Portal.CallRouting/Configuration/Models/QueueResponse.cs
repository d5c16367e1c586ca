namespace Portal.CallRouting.Configuration.Models;

/// <summary>A queue as stored; serving centres in order of preference. <see cref="VersionId"/> is its ETag.</summary>
public sealed record QueueResponse(
    string Code,
    string Name,
    string Service,
    int Priority,
    int MaxLength,
    int MaxWaitSeconds,
    string? Announcement,
    string Distribution,
    string? ScheduleCode,
    IReadOnlyList<ServingCentreResponse> ServingCentres,
    string VersionId);
