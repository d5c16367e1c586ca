namespace Portal.CallRouting.Live.Models;

/// <summary>One centre's live state as the API and the dashboard stream send it.</summary>
public sealed record CentreLiveResponse(string Code, string Name, string State, string? Reason, DateTimeOffset ChangedAt, int AvailableAgents);
