using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Live;

/// <summary>One contact centre as it stands now.</summary>
public sealed record CentreLiveState(CentreServiceState ServiceState, int AvailableAgents, DateTimeOffset ChangedAt, string? Reason)
{
    public static CentreLiveState Normal(DateTimeOffset at) => new(CentreServiceState.Normal, 0, at, null);
}
