using System.Net;
using Portal.Integration.Tests.Support;
using StackExchange.Redis;

namespace Portal.Integration.Tests;

/// <summary>
/// Two portal instances on one Redis share the rate-limit counts (a client cannot double its allowance by
/// spreading requests over the nodes); while Redis is away each instance still enforces the limit on its own.
/// </summary>
public sealed class SharedRateLimitTests
{
    private const int PerClient = 4;

    private static readonly Dictionary<string, string> Limits = new()
    {
        ["Portal:RateLimits:Token:PerAddressPerMinute"] = "100000",
        ["Portal:RateLimits:Token:PerClientPerMinute"] = PerClient.ToString(),
    };

    [Fact]
    public async Task Two_instances_sharing_redis_share_the_token_endpoint_count_per_client()
    {
        var instance = "it-limits-" + Guid.NewGuid().ToString("N")[..8];
        using var nodeA = new RedisPortalFactory(TestServers.Redis, instance, Limits);
        using var nodeB = new RedisPortalFactory(TestServers.Redis, instance, Limits);
        using var clientA = nodeA.CreateApiClient();
        using var clientB = nodeB.CreateApiClient();

        // Build city's shell on both first (key generation is slow), then start in a fresh minute: the windows
        // are aligned on the clock, and a window ending half-way would reset the count.
        await nodeA.WaitForRedisAsync(clientA);
        await nodeB.WaitForRedisAsync(clientB);
        await WarmAsync(clientA);
        await WarmAsync(clientB);
        await WaitForWindowWithAtLeastAsync(TimeSpan.FromSeconds(25));

        for (var i = 0; i < PerClient / 2; i++)
        {
            await AssertTokenAsync(nodeA, clientA, HttpStatusCode.OK);
            await AssertTokenAsync(nodeB, clientB, HttpStatusCode.OK);
        }

        // Each instance has seen only half the limit, yet both refuse: the count is shared.
        await AssertTokenAsync(nodeA, clientA, HttpStatusCode.TooManyRequests);
        await AssertTokenAsync(nodeB, clientB, HttpStatusCode.TooManyRequests);

        // Counted under city's prefix only, and under a hash (no client id or address in the key).
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServers.Redis);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var cityKeys = server.Keys(pattern: $"{instance}:city:ratelimit:*").Select(k => k.ToString()).ToList();
        Assert.NotEmpty(cityKeys);
        Assert.DoesNotContain(cityKeys, k => k.Contains("city-automation", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(server.Keys(pattern: $"{instance}:met:ratelimit:*"));
    }

    [Fact]
    public async Task While_redis_is_away_an_instance_still_enforces_the_limit_on_its_own()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        using var node = new RedisPortalFactory(redis.Configuration, "it-limits-down-" + Guid.NewGuid().ToString("N")[..8], Limits);
        using var client = node.CreateApiClient();
        await node.WaitForRedisAsync(client);
        await WarmAsync(client);

        await redis.KillAsync();
        await node.WaitForRedisAsync(client, "Degraded");

        // The in-process window starts with the first refused trip to Redis: a full minute, no boundary here.
        for (var i = 0; i < PerClient; i++)
        {
            await AssertTokenAsync(node, client, HttpStatusCode.OK);
        }

        await AssertTokenAsync(node, client, HttpStatusCode.TooManyRequests);
    }

    private static async Task WarmAsync(HttpClient client)
    {
        using var discovery = await client.GetAsync("/city/.well-known/openid-configuration");
        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
    }

    private static async Task AssertTokenAsync(RedisPortalFactory node, HttpClient client, HttpStatusCode expected)
    {
        var (status, body) = await node.RequestTokenAsync(client, "/city", "city-automation", "routing.read");
        Assert.True(status == expected, $"expected {(int)expected}, got {(int)status}: {body}");
    }

    private static async Task WaitForWindowWithAtLeastAsync(TimeSpan left)
    {
        var now = DateTimeOffset.UtcNow;
        var remaining = TimeSpan.FromMinutes(1) - TimeSpan.FromMilliseconds(now.ToUnixTimeMilliseconds() % 60_000);
        if (remaining < left)
        {
            await Task.Delay(remaining + TimeSpan.FromMilliseconds(200));
        }
    }
}
