using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// A signal published while Redis is down is lost; when Redis comes back every node reconciles at once, so a
/// change made during the outage reaches the other node without waiting for the periodic pass.
/// </summary>
public sealed class ShellSignalRecoveryTests
{
    private const string Feature = "Portal.OpenId.Management";

    [Fact]
    public async Task A_change_saved_while_redis_was_down_reaches_the_other_node_when_redis_is_back()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        var instance = "it-recovery-" + Guid.NewGuid().ToString("N")[..8];
        var dataDir = Directory.CreateTempSubdirectory("portal-it-recovery-").FullName;
        // The periodic pass is pushed out of the way: only the reconnect can bring the change across.
        var settings = new Dictionary<string, string> { ["Portal:Shells:ReconcileSeconds"] = "3600" };
        try
        {
            using var node1 = new RedisPortalFactory(redis.Configuration, instance, settings, dataDir);
            using var client1 = node1.CreateApiClient();
            await node1.WaitForRedisAsync(client1);
            using var node2 = new RedisPortalFactory(redis.Configuration, instance, settings, dataDir);
            using var client2 = node2.CreateApiClient();
            await node2.WaitForRedisAsync(client2);
            var shells2 = node2.Services.GetRequiredService<ShellHost>();
            var oldShell = await node2.TenantShellAsync("city");
            Assert.Contains(Feature, oldShell.Settings.EnabledFeatures);

            await redis.KillAsync();
            await node1.WaitForRedisAsync(client1, "Degraded");
            await node2.WaitForRedisAsync(client2, "Degraded");

            await node1.Services.GetRequiredService<IShellFeatureManager>().UpdateAsync("city", [], [Feature], null);
            var saved = (await node1.Services.GetRequiredService<IShellSettingsManager>().FindAsync("city"))!;
            Assert.DoesNotContain(Feature, saved.EnabledFeatures);
            Assert.NotEqual(saved.VersionId, shells2.Table.Find("city")!.VersionId);

            await redis.StartAgainAsync();
            await Poll.UntilAsync("node 2 runs the version saved during the outage once Redis is back", TimeSpan.FromSeconds(20), () =>
            {
                var running = shells2.Table.Find("city")!;
                return Task.FromResult((running.VersionId == saved.VersionId, $"{running.VersionId} [{string.Join(", ", running.EnabledFeatures)}]"));
            });
            Assert.True(oldShell.IsReleased);
            Assert.DoesNotContain(Feature, (await node2.TenantShellAsync("city")).Settings.EnabledFeatures);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
