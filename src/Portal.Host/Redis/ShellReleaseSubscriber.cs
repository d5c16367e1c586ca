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
    ILogger<ShellReleaseSubscriber> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private ChannelMessageQueue? _queue;
    private Task? _loop;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis.IsConfigured)
        {
            // Connecting waits up to the connect timeout while Redis is down: start-up never waits for it.
            _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }

        // Called twice with minimal hosting (by the test host and when Run returns): the second call finds nothing to do.
        if (Interlocked.Exchange(ref _queue, null) is { } queue)
        {
            try
            {
                await queue.UnsubscribeAsync();
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                // Redis is away or the connection is already closed: there is nothing left to unsubscribe from.
            }
        }

        if (_loop is { } loop)
        {
            await loop.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            await redis.ConnectAsync(stopping);
            var queue = await SubscribeAsync(redis.Multiplexer!, stopping);
            // Messages are handled one at a time, in order, until the node stops.
            await foreach (var message in queue.WithCancellation(stopping))
            {
                await HandleAsync(message.Message);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex) || ex is System.Threading.Channels.ChannelClosedException)
        {
            // Readiness then reports Degraded: this node follows other nodes' changes only by reconciliation.
            redis.ShellSignalsSubscribed = false;
            logger.LogWarning(ex, "The shell channel closed; reconciliation keeps this node in line until it restarts");
        }
    }

    /// <summary>
    /// Subscribes, retrying while Redis is unreachable (commands fail fast then). Once subscribed, the multiplexer
    /// subscribes again by itself after every reconnect.
    /// </summary>
    private async Task<ChannelMessageQueue> SubscribeAsync(IConnectionMultiplexer multiplexer, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                _queue = await multiplexer.GetSubscriber().SubscribeAsync(redis.Keys.ShellReleaseChannel);
                redis.ShellSignalsSubscribed = true;
                return _queue;
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                redis.ReportFailure(ex, "subscribe to shell signals");
                await Task.Delay(TimeSpan.FromSeconds(1), stopping);
            }
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
