using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Abstractions.Modules;
using Portal.OpenId.Models;
using Portal.OpenId.Services;
using Portal.OpenId.ViewModels;
using Portal.OpenId.Web;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Controllers;

/// <summary>
/// The passthrough endpoints of the tenant's server. OpenIddict has already checked each request (client,
/// redirect URI, PKCE, grant and scope permissions) before it gets here; these decide who the token is for.
/// Anonymous on purpose: the authorize endpoint signs people in itself, the token endpoint authenticates clients.
/// Antiforgery is ignored for the protocol endpoints (clients post to them); the consent page's Allow and Deny
/// validate it themselves.
/// </summary>
[Feature(ServerStartup.FeatureId)]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class AuthorizationController(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOpenIddictScopeManager scopeStore,
    UserConsents consents,
    ILogger<AuthorizationController> logger)
    : Controller
{
    private const string AccountChanged = "The account has changed; sign in again.";

    [HttpGet("connect/authorize"), HttpPost("connect/authorize")]
    [AllowAnonymous]
    public async Task<IActionResult> Authorize(CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var cookie = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || cookie.Principal is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "The user is not signed in.");
            }

            // To the tenant's sign-in page, coming back to this very request (path base, path and query).
            return Challenge(new AuthenticationProperties(), IdentityConstants.ApplicationScheme);
        }

        var (grant, refusal) = await PrepareAsync(request, cookie.Principal, cancellationToken);
        if (grant is null)
        {
            return refusal!;
        }

        if (await applications.HasConsentTypeAsync(grant.Application, ConsentTypes.Explicit, cancellationToken))
        {
            // Asked once: a remembered "Allow" covering every scope is enough, unless the client wants the question again.
            var covering = await consents.FindCoveringAsync(grant.UserId, grant.Application, grant.Scopes, cancellationToken);
            if (covering is null || request.HasPromptValue(PromptValues.Consent))
            {
                return request.HasPromptValue(PromptValues.None)
                    ? Refuse(Errors.ConsentRequired, "The user has not allowed this application.")
                    : await ConsentPageAsync(request, grant, cancellationToken);
            }

            grant.Identity.SetAuthorizationId(await authorizations.GetIdAsync(covering, cancellationToken));
        }
        else if (!await applications.HasConsentTypeAsync(grant.Application, ConsentTypes.Implicit, cancellationToken))
        {
            // Only the two consent types the registry writes are served; anything else fails closed.
            return Refuse(Errors.ConsentRequired, "This application needs a kind of consent this server does not ask for.");
        }

        return SignIn(new ClaimsPrincipal(grant.Identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>"Allow" on the consent page: remembered as a permanent authorization, then the code is issued under it.</summary>
    [HttpPost("connect/authorize")]
    [AllowAnonymous]
    [FormValueRequired("submit.Accept")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Accept(CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cookie = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || cookie.Principal is null)
        {
            return Refuse(Errors.LoginRequired, "The user is not signed in.");
        }

        var (grant, refusal) = await PrepareAsync(request, cookie.Principal, cancellationToken);
        if (grant is null)
        {
            return refusal!;
        }

        var authorizationId = await consents.GrantAsync(grant.Identity, grant.UserId, grant.Application, grant.Scopes, cancellationToken);
        grant.Identity.SetAuthorizationId(authorizationId);
        return SignIn(new ClaimsPrincipal(grant.Identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>"Deny" on the consent page: the client hears access_denied and nothing is remembered.</summary>
    [HttpPost("connect/authorize")]
    [AllowAnonymous]
    [FormValueRequired("submit.Deny")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Deny(CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("The client was validated by the server but is gone.");
        await consents.DeniedAsync(application, request.GetScopes(), cancellationToken);
        return Refuse(Errors.AccessDenied, "The user did not allow this application.");
    }

    [HttpPost("connect/token")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Token)]
    public async Task<IActionResult> Exchange(CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
                ?? throw new InvalidOperationException("The client was validated by the server but is gone.");
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(Claims.ClientId, request.ClientId);
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken));
            identity.SetClaims(Claims.Role, (await ClientRegistry.RolesOfAsync(applications, application, cancellationToken)).ToImmutableArray());
            var granted = (await GrantedScopesAsync(application, request.GetScopes(), cancellationToken)).ToList();
            identity.SetScopes(granted);
            identity.SetResources(await ResourcesOfAsync(granted, cancellationToken));
            identity.SetDestinations(PortalClaims.DestinationsOf);
            return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token was validated (and, if replayed, its authorization revoked) by the server.
            var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            if (result.Principal?.Identity is not ClaimsIdentity stored)
            {
                return Refuse(Errors.InvalidGrant, "The token is no longer valid.");
            }

            if (!await AccountUnchangedAsync(stored, cancellationToken))
            {
                // Nothing is issued, and the access tokens already out (same authorization) stop working too.
                await RevokeAuthorizationAsync(result.Principal, cancellationToken);
                logger.LogInformation("Token renewal refused for user {UserId}: the account changed since sign-in", stored.FindFirst(Claims.Subject)?.Value);
                if (HttpContext.RequestServices.GetService<IAuditLog>() is { } audit)
                {
                    await audit.WriteAsync(new AuditEntry(AuditCategories.Refusal, "token-renewal-refused", AuditOutcome.Refused,
                        Subject: stored.FindFirst(Claims.Subject)?.Value, Detail: "The account changed since sign-in; the authorization was revoked.")
                    {
                        Actor = "client:" + request.ClientId,
                    }, cancellationToken);
                }

                return Refuse(Errors.InvalidGrant, AccountChanged);
            }

            var identity = new ClaimsIdentity(stored.Claims, TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetDestinations(PortalClaims.DestinationsOf);
            return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    [HttpGet("connect/endsession"), HttpPost("connect/endsession")]
    [AllowAnonymous]
    public async Task<IActionResult> EndSession()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict sends the browser to the client's registered post-logout URI, or here to the home page.
        return SignOut(new AuthenticationProperties { RedirectUri = Url.Content("~/") }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    [HttpGet("connect/userinfo"), HttpPost("connect/userinfo")]
    [Authorize(AuthenticationSchemes = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)]
    public IActionResult UserInfo()
    {
        var user = User;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.GetClaim(Claims.Subject) ?? "" };
        if (user.HasScope(Scopes.Profile) && user.GetClaim(Claims.Name) is { } name)
        {
            claims[Claims.Name] = name;
        }

        if (user.HasScope(Scopes.Email) && user.GetClaim(Claims.Email) is { } email)
        {
            claims[Claims.Email] = email;
        }

        if (user.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = user.GetClaims(Claims.Role);
        }

        return Ok(claims);
    }

    /// <summary>
    /// What every way through the authorization endpoint shares: the client, an account that may still sign in (a
    /// lock or deletion since the cookie was issued refuses with access_denied), and the identity the code will carry.
    /// </summary>
    private async Task<(AuthorizationGrant? Grant, IActionResult? Refusal)> PrepareAsync(
        OpenIddictRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("The client was validated by the server but is gone.");
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        // The stamp the tokens will be checked against at every renewal (see Exchange).
        var stamp = userId is null ? null : await CurrentStampAsync(userId, cancellationToken);
        if (userId is null || stamp is null)
        {
            return (null, Refuse(Errors.AccessDenied, "This account may not sign in."));
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userId);
        identity.SetClaim(PortalClaims.AccountStamp, stamp);
        identity.SetClaim(Claims.Name, user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Name));
        identity.SetClaim(Claims.Email, user.FindFirstValue(ClaimTypes.Email));
        identity.SetClaims(Claims.Role, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToImmutableArray());
        PortalClaims.CopySecurityClaims(user, identity);

        var scopes = (await GrantedScopesAsync(application, request.GetScopes(), cancellationToken)).ToList();
        identity.SetScopes(scopes);
        identity.SetResources(await ResourcesOfAsync(scopes, cancellationToken));
        identity.SetDestinations(PortalClaims.DestinationsOf);
        return (new AuthorizationGrant(application, userId, identity, scopes), null);
    }

    /// <summary>
    /// The audiences of the granted scopes (each scope's resources, set by an administrator): an API that checks
    /// its audience then accepts only tokens issued for a scope aimed at it.
    /// </summary>
    private async Task<ImmutableArray<string>> ResourcesOfAsync(IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var resources = new List<string>();
        await foreach (var resource in scopeStore.ListResourcesAsync([.. scopes], cancellationToken))
        {
            resources.Add(resource);
        }

        return [.. resources.Distinct(StringComparer.Ordinal)];
    }

    private async Task<IActionResult> ConsentPageAsync(OpenIddictRequest request, AuthorizationGrant grant, CancellationToken cancellationToken)
    {
        var items = new List<ConsentScopeItem>();
        foreach (var name in grant.Scopes)
        {
            var scope = await scopeStore.FindByNameAsync(name, cancellationToken);
            items.Add(new ConsentScopeItem(name,
                scope is null ? name : await scopeStore.GetLocalizedDisplayNameAsync(scope, cancellationToken) ?? name,
                scope is null ? null : await scopeStore.GetLocalizedDescriptionAsync(scope, cancellationToken)));
        }

        // The answer goes back through the server: every parameter of the request, as the client sent it (query or
        // form), so OpenIddict checks the client, redirect URI and PKCE again when the answer arrives.
        var sent = Request.HasFormContentType ? (IEnumerable<KeyValuePair<string, StringValues>>)Request.Form : Request.Query;
        var antiforgeryField = HttpContext.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        var parameters = sent
            .Where(p => p.Key != antiforgeryField && !p.Key.StartsWith("submit.", StringComparison.Ordinal))
            .SelectMany(p => p.Value.OfType<string>().Select(v => new KeyValuePair<string, string>(p.Key, v)))
            .ToList();

        // The page names the user and what they may allow: no shared cache may keep it.
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        var applicationName = await applications.GetLocalizedDisplayNameAsync(grant.Application, cancellationToken) ?? request.ClientId!;
        return View("Consent", new ConsentViewModel(applicationName, items, parameters));
    }

    /// <summary>
    /// True when the user still exists, may sign in, and has the stamp the code or refresh token was issued with
    /// (a password, vetting or role change, a lock or a deletion changes or removes it). Tokens without a stamp
    /// claim, or a tenant without a user store, fail closed.
    /// </summary>
    private async Task<bool> AccountUnchangedAsync(ClaimsIdentity stored, CancellationToken cancellationToken)
    {
        var userId = stored.FindFirst(Claims.Subject)?.Value;
        var issuedWith = stored.FindFirst(PortalClaims.AccountStamp)?.Value;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(issuedWith))
        {
            return false;
        }

        var current = await CurrentStampAsync(userId, cancellationToken);
        return current is not null && string.Equals(current, issuedWith, StringComparison.Ordinal);
    }

    /// <summary>Null when the account is gone or locked, or when no module keeps the tenant's users.</summary>
    private Task<string?> CurrentStampAsync(string userId, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetService<IUserAccountStatus>() is { } accounts
            ? accounts.CurrentStampAsync(userId, cancellationToken)
            : Task.FromResult<string?>(null);

    private async Task RevokeAuthorizationAsync(ClaimsPrincipal stored, CancellationToken cancellationToken)
    {
        if (stored.GetAuthorizationId() is not { Length: > 0 } authorizationId)
        {
            return;
        }

        if (await authorizations.FindByIdAsync(authorizationId, cancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
    }

    /// <summary>The requested scopes the client was permitted (OpenIddict refuses the others; this keeps it explicit).</summary>
    private async Task<IEnumerable<string>> GrantedScopesAsync(object application, IEnumerable<string> requested, CancellationToken cancellationToken)
    {
        var granted = new List<string>();
        foreach (var scope in requested)
        {
            if (scope == Scopes.OpenId || await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope, cancellationToken))
            {
                granted.Add(scope);
            }
        }

        return granted;
    }

    private ForbidResult Refuse(string error, string description) => Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
