namespace Portal.CallRouting.Configuration.Models;

/// <summary>One entry of a centre's service-state history.</summary>
public sealed record CentreStateChangeResponse(string State, string Reason, string ChangedBy, DateTimeOffset ChangedAt);
