using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>
/// Listens on the shell channel: a signal from another node makes this one read that tenant from the platform
/// store and release its shell. The message is only a hint; what runs always comes from the store, so a forged
/// or stale message can at worst cause a reload.
/// </summary>
internal sealed class ShellReleaseSubscriber(
    RedisConnection redis,
    NodeIdentity node,
    ShellSettingsReconciler reconciler,
    ShellHost shells,
    ILogger<ShellReleaseSubscriber> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private ChannelMessageQueue? _queue;
    private Task? _loop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.ConnectAsync(cancellationToken);
        if (redis.Multiplexer is not { } multiplexer)
        {
            return;
        }

        try
        {
            // Subscribed even while Redis is down: the multiplexer subscribes again whenever it reconnects.
            _queue = await multiplexer.GetSubscriber().SubscribeAsync(redis.Keys.ShellReleaseChannel);
            _loop = Task.Run(() => ReceiveAsync(_queue), CancellationToken.None);
        }
        catch (Exception ex) when (TenantDistributedCache.IsRedisFailure(ex))
        {
            // Not subscribed this time; reconciliation keeps the node in line, and a restart subscribes again.
            redis.ReportFailure(ex, "subscribe to shell signals");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_queue is { } queue)
        {
            try
            {
                await queue.UnsubscribeAsync();
            }
            catch (Exception ex) when (TenantDistributedCache.IsRedisFailure(ex))
            {
                // Redis is away or the connection is already closed: there is nothing left to unsubscribe from.
            }
        }

        if (_loop is { } loop)
        {
            await loop.WaitAsync(cancellationToken);
        }

        _stopping.Dispose();
    }

    private async Task ReceiveAsync(ChannelMessageQueue queue)
    {
        // Messages are handled one at a time, in order, until the node stops.
        try
        {
            await foreach (var message in queue.WithCancellation(_stopping.Token))
            {
                await HandleAsync(message.Message);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex) when (TenantDistributedCache.IsRedisFailure(ex) || ex is System.Threading.Channels.ChannelClosedException)
        {
            logger.LogWarning(ex, "The shell channel closed; reconciliation keeps this node in line until it restarts");
        }
    }

    private async Task HandleAsync(RedisValue payload)
    {
        ShellReleaseMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<ShellReleaseMessage>(payload.ToString(), JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is null || !IsTenantName(message.Tenant))
        {
            logger.LogWarning("Ignored a malformed message on the shell channel");
            return;
        }

        if (message.Node == node.Id || shells.Table.Find(message.Tenant)?.VersionId == message.Version)
        {
            return;
        }

        try
        {
            await reconciler.ReconcileTenantAsync(message.Tenant);
        }
        catch (Exception ex)
        {
            // The platform store may be away; the periodic reconciliation tries again.
            logger.LogWarning(ex, "Could not reload tenant {Tenant} after a signal from node {Node}", message.Tenant, message.Node);
        }
    }

    private static bool IsTenantName(string? name) =>
        name == ShellSettings.DefaultName || (name is not null && TenantNames.Validate(name) is null);
}
