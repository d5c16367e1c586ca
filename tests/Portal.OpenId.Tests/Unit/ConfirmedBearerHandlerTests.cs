using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

/// <summary>
/// The bearer scheme accepts a token confirmed moments ago by itself and hands everything else to OpenIddict
/// validation (a stand-in here that records what it is asked), after OpenIddict's request step.
/// </summary>
public sealed class ConfirmedBearerHandlerTests
{
    private const string Token = "confirmed-token";

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Stands in for OpenIddict validation: records each call; authenticates nobody.</summary>
    private sealed class ValidationStandIn : IAuthenticationRequestHandler
    {
        public static readonly List<string> Calls = [];

        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context) => Task.CompletedTask;

        public Task<bool> HandleRequestAsync() => Record("request", false);

        public Task<AuthenticateResult> AuthenticateAsync() => Record("authenticate", AuthenticateResult.Fail("not valid"));

        public Task ChallengeAsync(AuthenticationProperties? properties) => Record("challenge", 0);

        public Task ForbidAsync(AuthenticationProperties? properties) => Record("forbid", 0);

        private static Task<T> Record<T>(string call, T result)
        {
            lock (Calls)
            {
                Calls.Add(call);
            }

            return Task.FromResult(result);
        }
    }

    /// <summary>Stands in for the sign-in cookie: records each call as "cookie ...".</summary>
    private sealed class CookieStandIn : IAuthenticationHandler
    {
        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context) => Task.CompletedTask;

        public Task<AuthenticateResult> AuthenticateAsync() => Record("cookie authenticate", AuthenticateResult.NoResult());

        public Task ChallengeAsync(AuthenticationProperties? properties) => Record("cookie challenge", 0);

        public Task ForbidAsync(AuthenticationProperties? properties) => Record("cookie forbid", 0);

        private static Task<T> Record<T>(string call, T result)
        {
            lock (ValidationStandIn.Calls)
            {
                ValidationStandIn.Calls.Add(call);
            }

            return Task.FromResult(result);
        }
    }

    private readonly ManualClock _clock = new();
    private readonly ConfirmedTokenEntries _entries;
    private readonly IServiceProvider _services;

    public ConfirmedBearerHandlerTests()
    {
        _entries = new ConfirmedTokenEntries(_clock);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock).AddSingleton(_entries);
        services.AddAuthentication(o =>
            {
                o.AddScheme(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, b => b.HandlerType = typeof(ValidationStandIn));
                o.AddScheme(IdentityConstants.ApplicationScheme, b => b.HandlerType = typeof(CookieStandIn));
            })
            .AddScheme<AuthenticationSchemeOptions, ConfirmedBearerHandler>(PortalAuthenticationSchemes.CookieOrBearer, ConfirmedBearerHandler.ForwardRequestsWithoutBearerToken);
        services.AddTransient<ValidationStandIn>().AddTransient<CookieStandIn>();
        _services = services.BuildServiceProvider();
        lock (ValidationStandIn.Calls)
        {
            ValidationStandIn.Calls.Clear();
        }
    }

    private void Confirm(DateTimeOffset expires)
    {
        var identity = new ClaimsIdentity([new Claim(OpenIddictConstants.Claims.Subject, "telephony")], "OpenIddict.Validation.AspNetCore");
        var principal = new ClaimsPrincipal(identity).SetExpirationDate(expires).SetCreationDate(_clock.Now.AddMinutes(-1));
        _entries.Confirm(Token, new ConfirmedToken(principal, "token-entry", "authorization"), _entries.Generation, _clock.Now);
    }

    private HttpContext Request(string? token)
    {
        var context = new DefaultHttpContext { RequestServices = _services.CreateScope().ServiceProvider };
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        return context;
    }

    private static string[] Calls()
    {
        lock (ValidationStandIn.Calls)
        {
            return [.. ValidationStandIn.Calls];
        }
    }

    [Fact]
    public async Task A_confirmed_unexpired_token_is_accepted_without_asking_openiddict_and_with_the_same_ticket_shape()
    {
        Confirm(_clock.Now.AddMinutes(9));
        var context = Request(Token);

        var result = await context.AuthenticateAsync(PortalAuthenticationSchemes.CookieOrBearer);

        Assert.True(result.Succeeded);
        Assert.Equal("telephony", result.Principal!.FindFirst(OpenIddictConstants.Claims.Subject)?.Value);
        Assert.Equal(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, result.Ticket!.AuthenticationScheme);
        Assert.Equal(Token, result.Properties!.GetTokenValue("access_token"));
        Assert.Equal(_clock.Now.AddMinutes(9), result.Properties.ExpiresUtc);
        Assert.Empty(Calls());
    }

    [Fact]
    public async Task A_confirmed_token_that_has_expired_since_goes_to_openiddict_which_refuses_it()
    {
        Confirm(_clock.Now.AddMilliseconds(500));
        _clock.Now = _clock.Now.AddMilliseconds(600);

        var result = await Request(Token).AuthenticateAsync(PortalAuthenticationSchemes.CookieOrBearer);

        Assert.False(result.Succeeded);
        Assert.Equal(["request", "authenticate"], Calls());
    }

    [Fact]
    public async Task An_unknown_token_goes_to_openiddict_after_its_request_step()
    {
        Confirm(_clock.Now.AddMinutes(9));

        var result = await Request("another-token").AuthenticateAsync(PortalAuthenticationSchemes.CookieOrBearer);

        Assert.False(result.Succeeded);
        Assert.Equal(["request", "authenticate"], Calls());
    }

    [Fact]
    public async Task Challenges_and_forbids_are_openiddicts_after_its_request_step_run_once_for_the_request()
    {
        var context = Request("another-token");

        await context.ChallengeAsync(PortalAuthenticationSchemes.CookieOrBearer);
        await context.ForbidAsync(PortalAuthenticationSchemes.CookieOrBearer);

        Assert.Equal(["request", "challenge", "forbid"], Calls());
    }

    [Fact]
    public async Task A_request_without_a_bearer_token_is_the_sign_in_cookies_entirely()
    {
        Confirm(_clock.Now.AddMinutes(9));
        var context = Request(null);

        var result = await context.AuthenticateAsync(PortalAuthenticationSchemes.CookieOrBearer);
        await context.ChallengeAsync(PortalAuthenticationSchemes.CookieOrBearer);
        await context.ForbidAsync(PortalAuthenticationSchemes.CookieOrBearer);

        Assert.False(result.Succeeded);
        Assert.Equal(["cookie authenticate", "cookie challenge", "cookie forbid"], Calls());
    }
}
