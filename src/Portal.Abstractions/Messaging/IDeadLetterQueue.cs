namespace Portal.Abstractions.Messaging;

/// <summary>
/// The error queues of the bus, for the platform's health page: what failed, and a re-drive that moves a message
/// back to the queue it came from.
/// </summary>
public interface IDeadLetterQueue
{
    /// <summary>Where the messages are read from, shown to the operator ("RabbitMQ error queues", ...).</summary>
    string Source { get; }

    /// <summary>The waiting messages, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Moves the message back to its queue; false when no error queue holds it (any more).</summary>
    Task<bool> RedriveAsync(Guid messageId, CancellationToken cancellationToken = default);
}
