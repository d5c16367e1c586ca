using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Portal.Users.Security;

namespace Portal.Users.Tests.Unit;

/// <summary>The global limiter limits the credential endpoints and lets every other request through untouched.</summary>
public sealed class CredentialEndpointsLimiterTests
{
    private static readonly HttpContext Credential = new DefaultHttpContext { Items = { ["credential"] = true } };
    private static readonly HttpContext Api = new DefaultHttpContext();

    /// <summary>The credential limits, spent: one permit a window, already taken.</summary>
    private static PartitionedRateLimiter<HttpContext> SpentCredentialLimits()
    {
        var limits = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetFixedWindowLimiter("account", _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
        Assert.True(limits.AttemptAcquire(Credential).IsAcquired);
        return limits;
    }

    private static CredentialEndpointsLimiter Limiter() =>
        new(SpentCredentialLimits(), context => context.Items.ContainsKey("credential"));

    [Fact]
    public async Task A_credential_endpoint_gets_the_credential_limits()
    {
        using var limiter = Limiter();

        Assert.False(limiter.AttemptAcquire(Credential).IsAcquired);
        Assert.False((await limiter.AcquireAsync(Credential)).IsAcquired);
    }

    [Fact]
    public async Task Any_other_request_passes_whatever_the_credential_limits_say()
    {
        using var limiter = Limiter();

        for (var i = 0; i < 100; i++)
        {
            Assert.True(limiter.AttemptAcquire(Api).IsAcquired);
        }

        Assert.True((await limiter.AcquireAsync(Api)).IsAcquired);
    }
}
