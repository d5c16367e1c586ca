using System.Net;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>The "portal-auth" limits on credential posts: per account and per client address, 429 with Retry-After.</summary>
public sealed class RateLimitTests(RateLimitTests.LimitedPortalFactory factory) : IClassFixture<RateLimitTests.LimitedPortalFactory>
{
    public const int PerAccount = 3;
    public const int PerAddress = 5;

    /// <summary>Low limits, so a test reaches them; the in-process server gives every request the same (unknown) address.</summary>
    public sealed class LimitedPortalFactory : UsersPortalFactory
    {
        protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
        {
            ["Portal:RateLimits:Auth:PerAccountPerMinute"] = PerAccount.ToString(),
            ["Portal:RateLimits:Auth:PerAddressPerMinute"] = PerAddress.ToString(),
        };
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_then_per_address()
    {
        await factory.EnsureTenantAsync("limits");
        using var session = factory.CreateSession("/limits");
        for (var i = 0; i < PerAccount; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await session.LoginAsync("someone@limits.example.org", "Wrong-Passw0rd-1!")).StatusCode);
        }

        var limited = await session.LoginAsync("SOMEONE@limits.example.org", "Wrong-Passw0rd-1!");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1));
        var html = await limited.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", html);
        Assert.Contains("govuk-heading-l", html);

        // Another account from the same address has its own allowance, until the address's runs out (the refused
        // attempt above used none of it).
        Assert.Equal(HttpStatusCode.OK, (await session.LoginAsync("other@limits.example.org", "Wrong-Passw0rd-1!")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.LoginAsync("third@limits.example.org", "Wrong-Passw0rd-1!")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await session.LoginAsync("fourth@limits.example.org", "Wrong-Passw0rd-1!")).StatusCode);

        // Pages that are not credential checks are not limited.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Step_up_codes_are_limited_per_signed_in_person()
    {
        // Its own tenant, so its own limiters: the other test's attempts do not count here.
        await factory.EnsureTenantAsync("limits-step-up");
        using var session = factory.CreateSession("/limits-step-up");
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync(UsersPortalFactory.TenantAdminEmail, UsersPortalFactory.AdminPassword)).StatusCode);
        for (var i = 0; i < PerAccount; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await session.StepUpAsync("123456", "/")).StatusCode);
        }

        var limited = await session.StepUpAsync("123456", "/");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Contains("Too many attempts", await limited.Content.ReadAsStringAsync());
    }
}
