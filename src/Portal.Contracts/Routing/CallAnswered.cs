namespace Portal.Contracts.Routing;

/// <summary>
/// A centre's agent answered a waiting call. <see cref="OfferedAt"/> travels with it (the platform knows when the
/// call entered the queue), so the wait is known even when this event is handled before its <see cref="CallOffered"/>.
/// </summary>
public sealed record CallAnswered(
    string TenantId,
    string CallId,
    string QueueCode,
    string CentreCode,
    DateTimeOffset OfferedAt,
    DateTimeOffset AnsweredAt) : IIntegrationEvent;
