using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Shell;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>
/// Group commit of the inbox: the messages delivered at the same time for one tenant store are handled one after
/// the other in ONE transaction, each handler behind a savepoint with its inbox row, and the consumers are answered
/// (and the broker acknowledged) only after that transaction committed. On the events benchmark the queue, not the
/// outbox, was where messages waited: one transaction per handler made every concurrent consumer of a tenant queue
/// for SQLite's single write lock (Microsoft.Data.Sqlite retries a busy lock by sleeping, not by waiting its turn),
/// with a context, a connection and a commit each. Exactly once per handler is unchanged: an inbox row and its
/// handler's changes still commit together or not at all, and a handler that throws rolls back to its savepoint only.
/// The price: one tenant's handlers run one after the other (on PostgreSQL they used to run side by side).
/// </summary>
public sealed class TenantInboxWriter(ILogger<TenantInboxWriter> logger)
{
    /// <summary>More than the consumers' concurrency: every waiting message joins the next batch.</summary>
    private const int MaxBatch = 500;

    private readonly ConcurrentDictionary<string, Queue> _queues = new(StringComparer.Ordinal);

    internal Task<int> EnqueueAsync(TenantDatabase database, InboxWork work)
    {
        _queues.GetOrAdd(database.ConnectionString, _ => new Queue(database, this)).Add(work);
        return work.Completion;
    }

    private async Task RunBatchAsync(TenantDatabase database, List<InboxWork> batch)
    {
        var live = new List<InboxWork>(batch.Count);
        foreach (var work in batch)
        {
            if (work.CancellationToken.IsCancellationRequested)
            {
                work.Cancel();
            }
            else
            {
                live.Add(work);
            }
        }

        if (live.Count == 0)
        {
            return;
        }

        var outcomes = new List<(InboxWork Work, int Ran, Exception? Error)>(live.Count);
        InboxBatch? state = null;
        try
        {
            await using var inbox = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
            // Savepoints are ours (one per handler); EF's own around each SaveChanges would only double them.
            inbox.Database.AutoSavepointsEnabled = false;
            await inbox.Database.OpenConnectionAsync(CancellationToken.None);
            // On SQLite BEGIN IMMEDIATE: the write lock up front, so the inbox read below stays true until the commit.
            await using var transaction = await inbox.Database.BeginTransactionAsync(CancellationToken.None);
            var ids = live.Select(w => w.MessageId).Distinct().ToList();
            var handled = (await inbox.Inbox.AsNoTracking().Where(i => ids.Contains(i.MessageId)).Select(i => new { i.MessageId, i.Handler })
                    .ToListAsync(CancellationToken.None))
                .Select(i => (i.MessageId, i.Handler)).ToHashSet();
            state = new InboxBatch(inbox, transaction, handled);
            foreach (var work in live)
            {
                var (ran, error) = await work.RunAsync(state);
                if (state.IsBroken)
                {
                    throw error ?? new InvalidOperationException("The inbox batch's transaction broke.");
                }

                outcomes.Add((work, ran, error));
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Nothing of the batch committed: every message fails and is retried by its consumer (the inbox then
            // tells which handlers still have to run).
            logger.LogWarning(ex, "Inbox batch of {Count} messages on a tenant store failed; each is retried", live.Count);
            foreach (var work in live)
            {
                work.Fail(ex);
            }

            await (state?.DisposeScopesAsync() ?? Task.CompletedTask);
            return;
        }

        foreach (var action in state!.AfterCommit)
        {
            try
            {
                await action(CancellationToken.None);
            }
            catch (Exception ex)
            {
                // Handled and committed: running the handler again would apply its change twice.
                logger.LogError(ex, "After-commit work of an inbox batch's handler failed");
            }
        }

        await state.DisposeScopesAsync();

        foreach (var (work, ran, error) in outcomes)
        {
            if (error is null)
            {
                work.Complete(ran);
            }
            else
            {
                work.Fail(error);
            }
        }
    }

    /// <summary>The waiting messages of one store, and whether a drain loop is running for it (at most one).</summary>
    private sealed class Queue(TenantDatabase database, TenantInboxWriter writer)
    {
        private readonly object _gate = new();
        private readonly List<InboxWork> _waiting = [];
        private bool _draining;

        public void Add(InboxWork work)
        {
            lock (_gate)
            {
                _waiting.Add(work);
                if (_draining)
                {
                    return;
                }

                _draining = true;
            }

            _ = Task.Run(DrainAsync);
        }

        private async Task DrainAsync()
        {
            while (true)
            {
                List<InboxWork> batch;
                lock (_gate)
                {
                    if (_waiting.Count == 0)
                    {
                        _draining = false;
                        return;
                    }

                    var take = Math.Min(MaxBatch, _waiting.Count);
                    batch = _waiting.GetRange(0, take);
                    _waiting.RemoveRange(0, take);
                }

                try
                {
                    await writer.RunBatchAsync(database, batch);
                }
                catch (Exception ex)
                {
                    // RunBatchAsync answers every message itself; this only keeps the loop alive whatever happens.
                    foreach (var work in batch)
                    {
                        work.Fail(ex);
                    }
                }
            }
        }
    }
}
