using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Host.Web;

namespace Portal.Host.Tests.Web;

/// <summary>
/// The tenant's authentication step: request-handling schemes first (one that names its paths only on them), then
/// the default scheme sets the user and the authentication features, as ASP.NET Core's own middleware does.
/// </summary>
public sealed class TenantAuthenticationMiddlewareTests
{
    private const string ServerScheme = "server";
    private const string EverywhereScheme = "everywhere";
    private const string DefaultScheme = "default";

    /// <summary>What the schemes were asked, in order; the server answers its own endpoint itself.</summary>
    private sealed class Asked : List<string>;

    private sealed class RequestScheme(Asked asked) : IAuthenticationRequestHandler
    {
        private AuthenticationScheme _scheme = null!;
        private HttpContext _context = null!;

        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
        {
            _scheme = scheme;
            _context = context;
            return Task.CompletedTask;
        }

        public Task<bool> HandleRequestAsync()
        {
            asked.Add(_scheme.Name);
            return Task.FromResult(_scheme.Name == ServerScheme && _context.Request.Path == "/connect/token");
        }

        public Task<AuthenticateResult> AuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

        public Task ChallengeAsync(AuthenticationProperties? properties) => Task.CompletedTask;

        public Task ForbidAsync(AuthenticationProperties? properties) => Task.CompletedTask;
    }

    private sealed class DefaultSchemeHandler(Asked asked) : IAuthenticationHandler
    {
        private AuthenticationScheme _scheme = null!;

        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
        {
            _scheme = scheme;
            return Task.CompletedTask;
        }

        public Task<AuthenticateResult> AuthenticateAsync()
        {
            asked.Add(DefaultScheme);
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, _scheme.Name)));
        }

        public Task ChallengeAsync(AuthenticationProperties? properties) => Task.CompletedTask;

        public Task ForbidAsync(AuthenticationProperties? properties) => Task.CompletedTask;
    }

    private sealed class ServerPaths : IAuthenticationRequestPaths
    {
        public string Scheme => ServerScheme;

        public bool Handles(PathString path) => path.StartsWithSegments("/connect");
    }

    private static async Task<(Asked Asked, HttpContext Context, bool NextRan)> RunAsync(string path)
    {
        var asked = new Asked();
        var services = new ServiceCollection().AddSingleton(asked).AddTransient<RequestScheme>().AddTransient<DefaultSchemeHandler>();
        services.AddAuthentication(o =>
        {
            o.AddScheme<RequestScheme>(ServerScheme, null);
            o.AddScheme<RequestScheme>(EverywhereScheme, null);
            o.AddScheme<DefaultSchemeHandler>(DefaultScheme, null);
            o.DefaultAuthenticateScheme = DefaultScheme;
        });
        var provider = services.BuildServiceProvider();

        var nextRan = false;
        var middleware = new TenantAuthenticationMiddleware(_ =>
        {
            nextRan = true;
            return Task.CompletedTask;
        }, provider.GetRequiredService<IAuthenticationSchemeProvider>(), [new ServerPaths()]);
        var context = new DefaultHttpContext { RequestServices = provider.CreateScope().ServiceProvider };
        context.Request.Path = path;
        await middleware.InvokeAsync(context);
        return (asked, context, nextRan);
    }

    [Fact]
    public async Task Off_its_paths_a_scheme_that_names_them_is_not_asked_and_the_default_scheme_sets_the_user()
    {
        var (asked, context, nextRan) = await RunAsync("/api/routing/decisions");

        Assert.Equal([EverywhereScheme, DefaultScheme], asked);
        Assert.True(nextRan);
        Assert.Equal("ada", context.User.Identity?.Name);
        Assert.True(context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Succeeded);
        Assert.Same(context.User, context.Features.Get<IHttpAuthenticationFeature>()?.User);
        Assert.Equal("/api/routing/decisions", context.Features.Get<IAuthenticationFeature>()?.OriginalPath);
    }

    [Fact]
    public async Task On_its_paths_the_scheme_is_asked_and_a_request_it_answers_goes_no_further()
    {
        var (asked, context, nextRan) = await RunAsync("/connect/token");

        Assert.Equal([ServerScheme], asked);
        Assert.False(nextRan);
        Assert.False(context.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task On_its_paths_a_request_it_does_not_answer_goes_on_to_the_others_and_the_default()
    {
        var (asked, _, nextRan) = await RunAsync("/connect/userinfo");

        Assert.Equal([ServerScheme, EverywhereScheme, DefaultScheme], asked);
        Assert.True(nextRan);
    }
}
