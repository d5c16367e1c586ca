using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Contracts;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>
/// Stores events in an outbox table through the connection and transaction of another context, so the events
/// and that context's change commit (or roll back) together.
/// </summary>
internal static class OutboxWriter
{
    /// <returns>True when this call committed (the caller may wake the dispatcher now); false when the owner's transaction decides later.</returns>
    public static async Task<bool> SaveAsync(DbContext owner, Func<DbConnection, MessagingDbContext> outboxOn,
        IReadOnlyCollection<IIntegrationEvent> events, TimeProvider clock, CancellationToken cancellationToken)
    {
        var ownTransaction = owner.Database.CurrentTransaction is null;
        await owner.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            IDbContextTransaction? transaction = ownTransaction ? await owner.Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                await owner.SaveChangesAsync(cancellationToken);
                if (events.Count > 0)
                {
                    await using var outbox = outboxOn(owner.Database.GetDbConnection());
                    await outbox.Database.UseTransactionAsync(owner.Database.CurrentTransaction!.GetDbTransaction(), cancellationToken);
                    outbox.Outbox.AddRange(ToRows(events, clock));
                    await outbox.SaveChangesAsync(cancellationToken);
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (transaction is not null)
                {
                    await transaction.DisposeAsync();
                }
            }
        }
        finally
        {
            await owner.Database.CloseConnectionAsync();
        }

        return ownTransaction;
    }

    public static IEnumerable<OutboxMessage> ToRows(IEnumerable<IIntegrationEvent> events, TimeProvider clock)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return events.Select(e => new OutboxMessage
        {
            // Sequential enough for ordering is not needed: rows are ordered by CreatedUnixMs.
            Id = Guid.CreateVersion7(),
            Type = ContractTypes.NameOf(e),
            TenantId = e.TenantId,
            Body = ContractTypes.Serialize(e),
            CreatedUnixMs = now,
        }).ToList();
    }
}
