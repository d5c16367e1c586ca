namespace Portal.Contracts.Routing;

/// <summary>
/// The telephony platform offered a call to a queue of the force: it waits from <see cref="OfferedAt"/> until it is
/// answered or abandoned. <see cref="CallId"/> is the platform's own identifier of the call.
/// </summary>
public sealed record CallOffered(string TenantId, string CallId, string QueueCode, DateTimeOffset OfferedAt) : IIntegrationEvent;
