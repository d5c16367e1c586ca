namespace Portal.CallRouting.Domain;

/// <summary>A centre's service state as last changed: by whom (a person, or the telephony platform's client) and why.</summary>
public sealed record CentreStatus(string CentreCode, CentreServiceState State, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);
