using Microsoft.EntityFrameworkCore;
using Portal.Contracts;

namespace Portal.Abstractions.Messaging;

/// <summary>
/// How a module publishes integration events: they are stored in the tenant's outbox table in the SAME
/// transaction as the module's own change, so an event exists if and only if the change was committed. The host
/// then publishes stored events to the bus (at least once; handlers are deduplicated by the inbox).
/// </summary>
public interface IEventOutbox
{
    /// <summary>
    /// Saves <paramref name="moduleContext"/>'s pending changes and stores <paramref name="events"/> in one
    /// transaction on the module context's own connection. When the module already has a transaction open
    /// (<c>Database.BeginTransactionAsync</c>), the events join it and are committed (or rolled back) with it;
    /// otherwise a transaction is opened and committed here. Each event's TenantId must be this tenant.
    /// </summary>
    Task SaveChangesAsync(DbContext moduleContext, IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Stores events that go with no change of the module's own (committed at once).</summary>
    Task PublishAsync(IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken = default);
}
