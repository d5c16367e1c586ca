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
}
