using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;

namespace Portal.Host.Web;

/// <summary>
/// The tenant's authentication step, in place of ASP.NET Core's <c>UseAuthentication()</c> and doing what it does
/// (request-handling schemes first, then the default authenticate scheme sets the user and the authentication
/// features) with one difference: a request-handling scheme that names its paths (<see cref="IAuthenticationRequestPaths"/>)
/// is asked only on those paths.
/// </summary>
internal sealed class TenantAuthenticationMiddleware
{
    private readonly RequestDelegate _next;
    private readonly IAuthenticationSchemeProvider _schemes;
    private readonly Dictionary<string, IAuthenticationRequestPaths> _pathsByScheme;

    public TenantAuthenticationMiddleware(RequestDelegate next, IAuthenticationSchemeProvider schemes, IEnumerable<IAuthenticationRequestPaths> requestPaths)
    {
        _next = next;
        _schemes = schemes;
        _pathsByScheme = requestPaths.ToDictionary(p => p.Scheme, StringComparer.Ordinal);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature
        {
            OriginalPath = context.Request.Path,
            OriginalPathBase = context.Request.PathBase,
        });

        if (await HandledByRequestHandlerAsync(context))
        {
            return;
        }

        if (await _schemes.GetDefaultAuthenticateSchemeAsync() is { } scheme)
        {
            var result = await context.AuthenticateAsync(scheme.Name);
            if (result.Principal is not null)
            {
                context.User = result.Principal;
            }

            if (result.Succeeded)
            {
                var authenticated = new AuthenticatedRequest(result);
                context.Features.Set<IHttpAuthenticationFeature>(authenticated);
                context.Features.Set<IAuthenticateResultFeature>(authenticated);
            }
        }

        await _next(context);
    }

    private async Task<bool> HandledByRequestHandlerAsync(HttpContext context)
    {
        IAuthenticationHandlerProvider? handlers = null;
        foreach (var scheme in await _schemes.GetRequestHandlerSchemesAsync())
        {
            if (_pathsByScheme.TryGetValue(scheme.Name, out var paths) && !paths.Handles(context.Request.Path))
            {
                continue;
            }

            handlers ??= context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
            if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The authentication result as the features authorization and <c>HttpContext.User</c> read it.</summary>
    private sealed class AuthenticatedRequest(AuthenticateResult result) : IHttpAuthenticationFeature, IAuthenticateResultFeature
    {
        private AuthenticateResult? _result = result;
        private ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => _result;
            set
            {
                _result = value;
                _user = value?.Principal;
            }
        }

        public ClaimsPrincipal? User
        {
            get => _user;
            set
            {
                _user = value;
                _result = null;
            }
        }
    }
}
