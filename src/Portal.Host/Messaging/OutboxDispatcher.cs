using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Messaging.Data;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>
/// Publishes outbox rows: the platform store's and every running tenant's. Woken after each commit for the store
/// concerned, and sweeps all of them every <see cref="MessagingOptions.SweepSeconds"/> (rows of a node that died,
/// rows whose publish failed, delayed redeliveries that came due). Each row goes out with its id as MessageId and the tenant header, and is deleted
/// only after the broker confirmed it; unconfirmed rows wait with back-off. Safe with several nodes: rows are
/// claimed with a lease first.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxSignal signal,
    ShellHost shells,
    TenantStores stores,
    PlatformOutbox platform,
    IBus bus,
    MessagingNode node,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const string PlatformKey = "";
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(20);
    private readonly MessagingOptions _options = options.Value;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _pruned = new(StringComparer.Ordinal);

    // Where each tenant's store is, per settings version: on PostgreSQL finding it reads and unprotects the tenant's
    // password in the platform store, too much for every sweep. Forgotten when a dispatch fails (a new password).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Version, TenantDatabase Database)> _databases =
        new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = new HashSet<string>(StringComparer.Ordinal);
        var nextSweep = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (now >= nextSweep)
            {
                pending.Add(PlatformKey);
                pending.UnionWith(shells.Table.All.Where(t => t.State == TenantState.Running).Select(t => t.Name));
                nextSweep = now + TimeSpan.FromSeconds(Math.Max(1, _options.SweepSeconds));
            }

            if (pending.Count == 0)
            {
                await WaitAsync(nextSweep - now, stoppingToken);
            }

            while (signal.Reader.TryRead(out var woken))
            {
                pending.Add(woken ?? PlatformKey);
            }

            var round = pending.ToList();
            pending.Clear();
            var again = new System.Collections.Concurrent.ConcurrentBag<string>();
            await Parallel.ForEachAsync(round, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken }, async (key, ct) =>
            {
                if (await DispatchStoreAsync(key, ct))
                {
                    again.Add(key);
                }
            });
            pending.UnionWith(again);
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
        try
        {
            await signal.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Time for the sweep.
        }
    }

    /// <returns>True when a full batch went out (more may be waiting).</returns>
    private async Task<bool> DispatchStoreAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = OpenStore(key, out var postgres);
            if (db is null)
            {
                return false;
            }

            if (db is TenantMessagingDbContext tenantStore)
            {
                await PruneInboxAsync(key, tenantStore, cancellationToken);
            }

            var rows = await OutboxStore.ClaimAsync(db, postgres, _options.BatchSize, TimeSpan.FromSeconds(_options.LeaseSeconds), clock.GetUtcNow(), cancellationToken);
            if (rows.Count == 0)
            {
                return false;
            }

            var results = await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));
            var confirmed = results.Where(r => r.Error is null).Select(r => r.Row.Id).ToList();
            await OutboxStore.CompleteAsync(db, confirmed, cancellationToken);

            foreach (var group in results.Where(r => r.Error is not null).GroupBy(r => Math.Min(r.Row.Attempts, 6)))
            {
                var retryAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Pow(2, group.Key));
                await OutboxStore.PostponeAsync(db, group.Select(r => r.Row.Id).ToList(), retryAt, group.First().Error!, cancellationToken);
            }

            if (confirmed.Count < rows.Count)
            {
                logger.LogWarning("Outbox of {Store}: {Failed} of {Count} messages not confirmed by the broker; retrying with back-off ({Error})",
                    StoreName(key), rows.Count - confirmed.Count, rows.Count, results.First(r => r.Error is not null).Error);
                return false;
            }

            return rows.Count == _options.BatchSize;
        }
        catch (Exception ex) when (IsMissingTable(ex))
        {
            // The store was never activated on any node since messaging came: nothing can be waiting in it.
            logger.LogDebug("Outbox of {Store} does not exist yet", StoreName(key));
            return false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _databases.TryRemove(key, out _);
            logger.LogWarning(ex, "Outbox of {Store}: dispatch failed; the next sweep tries again", StoreName(key));
            return false;
        }
    }

    // The inbox only has to remember a message for as long as it may be delivered again.
    private async Task PruneInboxAsync(string tenant, TenantMessagingDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_pruned.TryGetValue(tenant, out var last) && now - last < TimeSpan.FromMinutes(_options.InboxPruneMinutes))
        {
            return;
        }

        _pruned[tenant] = now;
        var cutoff = (now - TimeSpan.FromDays(_options.InboxRetentionDays)).ToUnixTimeMilliseconds();
        var pruned = await db.Inbox.Where(i => i.HandledUnixMs < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Tenant {Tenant}: pruned {Count} inbox rows older than {Days} days", tenant, pruned, _options.InboxRetentionDays);
        }
    }

    private MessagingDbContext? OpenStore(string key, out bool postgres)
    {
        if (key == PlatformKey)
        {
            postgres = platform.Provider == DatabaseProvider.Postgres;
            return platform.CreateContext();
        }

        var settings = shells.Table.Find(key);
        postgres = false;
        if (settings is not { State: TenantState.Running })
        {
            return null;
        }

        if (!_databases.TryGetValue(key, out var known) || known.Version != settings.VersionId)
        {
            known = (settings.VersionId, stores.DatabaseFor(settings));
            _databases[key] = known;
        }

        var database = known.Database;
        postgres = database.Provider == DatabaseProvider.Postgres;
        return MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
    }

    private async Task<(OutboxMessage Row, string? Error)> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = ContractTypes.Find(row.Type);
        if (type is null)
        {
            return (row, $"Unknown contract type '{row.Type}' (a node of another version wrote it?)");
        }

        try
        {
            var message = ContractTypes.Deserialize(row.Body, type);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            // With RabbitMQ publisher confirms on (the default), this completes only when the broker confirmed.
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = row.MessageId ?? row.Id;
                context.Durable = true;
                context.Headers.Set(PortalMessageHeaders.Tenant, row.TenantId);
                context.Headers.Set(PortalMessageHeaders.Node, node.Id);
                if (row.Redelivery > 0)
                {
                    context.Headers.Set(PortalMessageHeaders.Redelivery, row.Redelivery);
                }
            }), timeout.Token);
            return (row, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (row, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static bool IsMissingTable(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 1 } sqlite => sqlite.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase),
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UndefinedTable,
        _ => ex.InnerException is { } inner && IsMissingTable(inner),
    };

    private static string StoreName(string key) => key == PlatformKey ? "the platform store" : $"tenant {key}";
}
