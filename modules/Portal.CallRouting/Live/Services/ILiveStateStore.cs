namespace Portal.CallRouting.Live.Services;

/// <summary>
/// Where the tenant's live call figures are kept: Redis when the portal has it (every node sees the same), else this
/// process. Every operation is idempotent (a redelivered event changes nothing more) and order-tolerant: a call
/// answered or abandoned before its offer was applied is remembered, and its late offer ignored.
/// </summary>
internal interface ILiveStateStore
{
    Task OfferAsync(string queueCode, string callId, DateTimeOffset offeredAt, CancellationToken cancellationToken);

    /// <param name="withinServiceLevel">Answered within <see cref="LiveWindow.ServiceLevelWait"/> of its offer.</param>
    Task AnswerAsync(string queueCode, string callId, DateTimeOffset answeredAt, bool withinServiceLevel, CancellationToken cancellationToken);

    Task AbandonAsync(string queueCode, string callId, DateTimeOffset abandonedAt, CancellationToken cancellationToken);

    Task SetAgentsAsync(string centreCode, int available, DateTimeOffset reportedAt, CancellationToken cancellationToken);

    /// <summary>The figures as of <paramref name="now"/>: answered and abandoned calls of the <see cref="LiveWindow.Figures"/> before it.</summary>
    Task<LiveFigures> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
