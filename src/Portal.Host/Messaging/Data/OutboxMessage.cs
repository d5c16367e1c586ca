namespace Portal.Host.Messaging.Data;

/// <summary>
/// An event waiting to be published (or a failed message waiting for its delayed redelivery, not before
/// <see cref="LockedUntilUnixMs"/>). The row id is the message id on the bus, so every redelivery of it is
/// recognised by the consumers' inbox. A dispatcher claims rows with a lease (token + expiry) so two nodes never
/// publish the same row at once; the row is deleted once the broker confirmed the publish.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The contract's full type name (Portal.Contracts).</summary>
    public string Type { get; set; } = "";

    public string TenantId { get; set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Body { get; set; } = "";

    /// <summary>Milliseconds since the Unix epoch: plain numbers compare alike on SQLite and PostgreSQL.</summary>
    public long CreatedUnixMs { get; set; }

    /// <summary>The claim of one dispatcher pass; null when unclaimed.</summary>
    public string? LockToken { get; set; }

    /// <summary>Until when the claim holds; after that another node may take the row (its dispatcher died).</summary>
    public long? LockedUntilUnixMs { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// The message id on the bus when it is not the row id: a delayed redelivery is a row of its own (the first
    /// publish's row may still be there, about to be deleted) that goes out under the id of the message it repeats.
    /// </summary>
    public Guid? MessageId { get; set; }

    /// <summary>0 for an event; n for the n-th delayed redelivery of a message whose handlers kept failing.</summary>
    public int Redelivery { get; set; }

    public string? LastError { get; set; }
}
