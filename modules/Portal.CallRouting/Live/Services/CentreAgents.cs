namespace Portal.CallRouting.Live.Services;

/// <summary>A centre's available agents as last reported.</summary>
internal sealed record CentreAgents(int Available, DateTimeOffset ReportedAt);
