using System.Text.Json;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>
/// Publishes "tenant X is now version V" on the shell channel after every save. Without Redis (not configured or
/// down) it does nothing: the other nodes' reconciliation picks the change up.
/// </summary>
internal sealed class RedisShellReleasePublisher(RedisConnection redis, NodeIdentity node, ILogger<RedisShellReleasePublisher> logger) : IShellChangePublisher
{
    public async Task PublishAsync(ShellSettings saved, CancellationToken cancellationToken = default)
    {
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
        {
            return;
        }

        try
        {
            var message = JsonSerializer.Serialize(new ShellReleaseMessage(saved.Name, saved.VersionId, node.Id), JsonSerializerOptions.Web);
            var receivers = await multiplexer.GetSubscriber().PublishAsync(redis.Keys.ShellReleaseChannel, message);
            redis.ReportSuccess();
            logger.LogDebug("Signalled version {Version} of tenant {Tenant} to {Receivers} nodes", saved.VersionId, saved.Name, receivers);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex, "shell signal");
        }
    }
}
