using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Portal.Integration.Tests.Support;
using StackExchange.Redis;

namespace Portal.Integration.Tests;

/// <summary>
/// Redis dies under a running portal (kill -9 of a private redis-server): every request keeps succeeding, readiness
/// says Degraded (still 200, the node stays in the load balancer), and once Redis is back readiness is Healthy and
/// the tenant's cache is in Redis again.
/// </summary>
public sealed class RedisOutageTests
{
    private static readonly Dictionary<string, string> HighLimits = new()
    {
        // The loop below asks for many tokens; the counting in Redis is what matters here, not the limit.
        ["Portal:RateLimits:Token:PerAddressPerMinute"] = "100000",
        ["Portal:RateLimits:Token:PerClientPerMinute"] = "100000",
    };

    [Fact]
    public async Task Requests_keep_succeeding_while_redis_is_killed_and_readiness_recovers_when_it_is_back()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        var instance = "it-outage-" + Guid.NewGuid().ToString("N")[..8];
        using var portal = new RedisPortalFactory(redis.Configuration, instance, HighLimits);
        using var client = portal.CreateApiClient();

        await portal.WaitForRedisAsync(client);
        var ready = await portal.ReadinessAsync(client);
        Assert.Equal("Healthy", RedisPortalFactory.CheckStatus(ready, "redis"));
        Assert.Equal("Healthy", RedisPortalFactory.CheckStatus(ready, "platform-store"));

        // The tenant's cache lives in Redis, under the tenant's prefix.
        var cache = await portal.TenantCacheAsync("city");
        await cache.SetStringAsync("probe", "before");
        Assert.True(await KeyExistsAsync(redis, $"{instance}:city:cache:probe"));
        Assert.False(await KeyExistsAsync(redis, $"{instance}:met:cache:probe"));
        Assert.Null(await (await portal.TenantCacheAsync("met")).GetStringAsync("probe"));
        await AssertServingAsync(portal, client, cache);

        await redis.KillAsync();

        await Poll.UntilAsync("readiness reports redis Degraded after kill -9", TimeSpan.FromSeconds(15), async () =>
        {
            await AssertServingAsync(portal, client, cache, inTransition: true);
            var report = await portal.ReadinessAsync(client);
            return (RedisPortalFactory.CheckStatus(report, "redis") == "Degraded" && report.GetProperty("status").GetString() == "Degraded", report.ToString());
        });
        for (var i = 0; i < 10; i++)
        {
            await AssertServingAsync(portal, client, cache);
        }

        // Dozens of failed and skipped Redis calls so far, one warning: once per outage, not per call.
        var warnings = portal.Log.Lines.Where(l => l.Category.StartsWith("Portal.Host.Redis", StringComparison.Ordinal) && l.Level == LogLevel.Warning).ToList();
        Assert.True(warnings.Count == 1, "Expected one warning for the outage, got: " + string.Join(" | ", warnings.Select(w => w.Message)));
        Assert.DoesNotContain(portal.Log.Lines, l => l.Level >= LogLevel.Error && l.Category.StartsWith("Portal", StringComparison.Ordinal));

        Assert.Equal("Healthy", RedisPortalFactory.CheckStatus(await portal.ReadinessAsync(client), "platform-store"));

        await redis.StartAgainAsync();

        await Poll.UntilAsync("readiness reports redis Healthy after the restart", TimeSpan.FromSeconds(30), async () =>
        {
            await AssertServingAsync(portal, client, cache, inTransition: true);
            var report = await portal.ReadinessAsync(client);
            return (RedisPortalFactory.CheckStatus(report, "redis") == "Healthy" && report.GetProperty("status").GetString() == "Healthy", report.ToString());
        });

        Assert.Contains(portal.Log.Lines, l => l.Category == "Portal.Host.Redis.RedisConnection" && l.Message.Contains("answers again", StringComparison.Ordinal));

        // The cache writes to Redis again (the restarted server is empty: nothing survived from before).
        await cache.SetStringAsync("probe-after", "after");
        Assert.True(await KeyExistsAsync(redis, $"{instance}:city:cache:probe-after"));
        Assert.Equal("after", await cache.GetStringAsync("probe-after"));
        await AssertServingAsync(portal, client, cache);
    }

    [Fact]
    public async Task A_key_changed_while_redis_was_away_is_not_served_stale_from_redis_when_it_is_back()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        var instance = "it-stale-" + Guid.NewGuid().ToString("N")[..8];
        using var portal = new RedisPortalFactory(redis.Configuration, instance, HighLimits);
        using var client = portal.CreateApiClient();
        await portal.WaitForRedisAsync(client);
        var cache = await portal.TenantCacheAsync("city");
        await cache.SetStringAsync("removed", "old");
        await cache.SetStringAsync("replaced", "old");

        // Redis keeps its data over the restart (saved to its dump file), as after a network cut.
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",allowAdmin=true"))
        {
            // A blocking SAVE: the dump file is complete before the kill.
            await admin.GetDatabase().ExecuteAsync("SAVE");
        }

        await redis.KillAsync();
        await portal.WaitForRedisAsync(client, "Degraded");
        await cache.RemoveAsync("removed");
        await cache.SetStringAsync("replaced", "new");
        Assert.Null(await cache.GetStringAsync("removed"));
        Assert.Equal("new", await cache.GetStringAsync("replaced"));

        await redis.StartAgainAsync();
        Assert.True(await KeyExistsAsync(redis, $"{instance}:city:cache:removed"), "the restarted Redis should hold the saved copy");
        await portal.WaitForRedisAsync(client);

        // Redis's copies predate the outage's changes: dropped, so the readers get a miss rather than "old".
        Assert.Null(await cache.GetStringAsync("removed"));
        Assert.NotEqual("old", await cache.GetStringAsync("replaced"));
        Assert.False(await KeyExistsAsync(redis, $"{instance}:city:cache:removed"));
    }

    /// <summary>
    /// A page, a token (through the Redis-counted token limits) and a cache round trip all work. While Redis is
    /// going or coming back, a value written on one side of the switch may be read on the other: a miss is then
    /// allowed (it is a cache), an exception or a wrong value never.
    /// </summary>
    private static async Task AssertServingAsync(RedisPortalFactory portal, HttpClient client, IDistributedCache cache, bool inTransition = false)
    {
        using (var page = await client.GetAsync("/city/"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        var (status, body) = await portal.RequestTokenAsync(client, "/city", "city-automation", "routing.read");
        Assert.True(status == HttpStatusCode.OK, $"token request answered {(int)status}: {body}");

        var value = Guid.NewGuid().ToString("N");
        await cache.SetStringAsync("loop", value);
        var read = await cache.GetStringAsync("loop");
        if (!inTransition || read is not null)
        {
            Assert.Equal(value, read);
        }
    }

    private static async Task<bool> KeyExistsAsync(PrivateRedisServer redis, string key)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        return await connection.GetDatabase().KeyExistsAsync(key);
    }
}
