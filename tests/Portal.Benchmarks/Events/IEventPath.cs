namespace Portal.Benchmarks.Events;

/// <summary>One way of getting events from a sender to a handler: the portal's, or plain MassTransit's.</summary>
public interface IEventPath
{
    string Name { get; }

    /// <summary>Sends <paramref name="size"/> events as one unit (batch number <paramref name="index"/>); false when it was refused.</summary>
    Task<bool> SendBatchAsync(long index, int size, CancellationToken cancellationToken);

    /// <summary>Events handled so far, those handled at or before <paramref name="untilUnixMs"/>, and when the last one was.</summary>
    Task<HandledCount> CountAsync(long untilUnixMs, CancellationToken cancellationToken);
}

/// <summary>
/// A count of handled events (see <see cref="IEventPath.CountAsync"/>); <paramref name="Repeated"/> counts handlings of
/// a message beyond its first (0 where the path cannot tell).
/// </summary>
public readonly record struct HandledCount(long Total, long UpTo, long LastHandledUnixMs, long Repeated = 0);
