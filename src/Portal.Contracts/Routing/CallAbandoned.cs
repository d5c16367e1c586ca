namespace Portal.Contracts.Routing;

/// <summary>The caller hung up before an agent answered: the call leaves the queue and counts as abandoned.</summary>
public sealed record CallAbandoned(string TenantId, string CallId, string QueueCode, DateTimeOffset AbandonedAt) : IIntegrationEvent;
