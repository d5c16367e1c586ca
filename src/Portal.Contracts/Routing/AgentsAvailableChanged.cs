namespace Portal.Contracts.Routing;

/// <summary>How many agents of a contact centre are free to answer a call, as of <see cref="ChangedAt"/>.</summary>
public sealed record AgentsAvailableChanged(string TenantId, string CentreCode, int AvailableAgents, DateTimeOffset ChangedAt) : IIntegrationEvent;
