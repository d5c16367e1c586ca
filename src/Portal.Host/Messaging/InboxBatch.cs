using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>
/// One transaction on a tenant's store shared by the messages of a batch: the inbox context (its connection is the
/// one handlers enlist on), the transaction, and which (message, handler) pairs are already in the inbox.
/// </summary>
internal sealed class InboxBatch(TenantMessagingDbContext inbox, IDbContextTransaction transaction, HashSet<(Guid MessageId, string Handler)> handled)
{
    private const string Savepoint = "portal_handler";

    public TenantMessagingDbContext Inbox => inbox;

    /// <summary>A savepoint could not be set, released or rolled back to: nothing of the batch can be trusted.</summary>
    public bool IsBroken { get; private set; }

    public bool IsHandled(Guid messageId, string handler) => handled.Contains((messageId, handler));

    /// <summary>What the batch's handlers asked to run after the commit (<see cref="Portal.Abstractions.Messaging.IntegrationEventContext.AfterCommit"/>), in order.</summary>
    public List<Func<CancellationToken, Task>> AfterCommit { get; } = [];

    /// <summary>The handlers' scopes, kept until the after-commit work has run (it uses the handlers' services).</summary>
    public List<AsyncServiceScope> Scopes { get; } = [];

    public async Task DisposeScopesAsync()
    {
        foreach (var scope in Scopes)
        {
            await scope.DisposeAsync();
        }

        Scopes.Clear();
    }

    /// <summary>
    /// Runs one handler behind a savepoint, with its inbox row written first: a handler that throws takes its own
    /// row and changes back with it, and leaves the rest of the batch as it was.
    /// </summary>
    /// <returns>True when the handler ran; false when another delivery handled the message concurrently.</returns>
    public async Task<bool> RunHandlerAsync(InboxMessage row, Func<Task> handle, CancellationToken cancellationToken)
    {
        await Guard(transaction.CreateSavepointAsync(Savepoint, cancellationToken));
        var rolledBack = false;
        try
        {
            inbox.Inbox.Add(row);
            try
            {
                await inbox.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // PostgreSQL: another node's delivery of the same message inserted the row first and committed (the
                // insert waited for it). SQLite cannot get here: the batch holds the write lock since it began.
                await Guard(transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None));
                rolledBack = true;
                inbox.ChangeTracker.Clear();
                if (await inbox.Inbox.AnyAsync(i => i.MessageId == row.MessageId && i.Handler == row.Handler, CancellationToken.None))
                {
                    handled.Add((row.MessageId, row.Handler));
                    return false;
                }

                throw;
            }

            await handle();
            await Guard(transaction.ReleaseSavepointAsync(Savepoint, cancellationToken));
            handled.Add((row.MessageId, row.Handler));
            return true;
        }
        catch (Exception) when (!rolledBack && !IsBroken)
        {
            await Guard(transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None));
            throw;
        }
        finally
        {
            inbox.ChangeTracker.Clear();
        }
    }

    private async Task Guard(Task savepointCommand)
    {
        try
        {
            await savepointCommand;
        }
        catch
        {
            IsBroken = true;
            throw;
        }
    }
}
