using Microsoft.EntityFrameworkCore;

namespace Portal.Abstractions.Messaging;

/// <summary>What a handler knows about the message it is handling, and how it joins the inbox transaction.</summary>
public abstract class IntegrationEventContext
{
    /// <summary>The message id (the outbox row id of the publisher): the same on every redelivery.</summary>
    public abstract Guid MessageId { get; }

    /// <summary>The tenant whose scope the handler runs in.</summary>
    public abstract string Tenant { get; }

    /// <summary>
    /// Makes <paramref name="moduleContext"/> use the inbox's connection and transaction, so the module's changes
    /// commit together with the inbox row (exactly once). Call it before the context touches the database.
    /// </summary>
    public abstract Task EnlistAsync(DbContext moduleContext, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="action"/> once the handler's transaction has committed (never when it rolls back): for
    /// work that cannot join that transaction, such as the audit log, which on SQLite would wait for the write lock
    /// the transaction holds. A failure there is logged; the message stays handled.
    /// </summary>
    public abstract void AfterCommit(Func<CancellationToken, Task> action);
}
