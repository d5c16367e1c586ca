using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// The live state together with what the dashboard needs to show it: the configuration it was read against (names,
/// serving centres) and the time of the latest event applied (how fresh it is).
/// </summary>
public sealed record LiveView(RoutingLiveState State, RoutingConfiguration Configuration, DateTimeOffset? LastEventAt);
