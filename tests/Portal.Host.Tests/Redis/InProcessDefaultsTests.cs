using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Redis;

/// <summary>Without Portal:Redis:Configuration (the embedded default) everything Redis would hold stays in-process, per tenant.</summary>
public sealed class InProcessDefaultsTests
{
    [Fact]
    public async Task Without_redis_readiness_has_no_redis_check_and_each_tenant_has_its_own_in_process_cache()
    {
        using var factory = new PortalFactory();
        await factory.EnsureTenantAsync("alpha");
        await factory.EnsureTenantAsync("bravo");
        using var client = factory.CreateHttpClient();

        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.DoesNotContain(report.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "redis");

        var alpha = (await factory.ShellOfAsync("alpha")).Services.GetRequiredService<IDistributedCache>();
        var bravo = (await factory.ShellOfAsync("bravo")).Services.GetRequiredService<IDistributedCache>();
        await alpha.SetStringAsync("shared-name", "alpha's");
        Assert.Equal("alpha's", await alpha.GetStringAsync("shared-name"));
        Assert.Null(await bravo.GetStringAsync("shared-name"));
        await alpha.RemoveAsync("shared-name");
        Assert.Null(await alpha.GetStringAsync("shared-name"));
    }

    [Fact]
    public async Task Without_redis_shared_limiters_are_plain_fixed_windows_refusing_past_the_limit()
    {
        using var factory = new PortalFactory();
        await factory.EnsureTenantAsync("limits");
        var limiters = (await factory.ShellOfAsync("limits")).Services.GetRequiredService<ISharedRateLimiterFactory>();
        using var limiter = limiters.CreateFixedWindow("address:192.0.2.1", 2, TimeSpan.FromMinutes(1));

        Assert.True((await limiter.AcquireAsync()).IsAcquired);
        Assert.True((await limiter.AcquireAsync()).IsAcquired);
        using var refused = await limiter.AcquireAsync();
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero);
    }
}
