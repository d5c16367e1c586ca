using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Portal.OpenId.Security;

/// <summary>
/// The tenant's default scheme (<see cref="PortalAuthenticationSchemes.CookieOrBearer"/>): a request without a bearer
/// token is forwarded to Identity's sign-in cookie (<see cref="ForwardRequestsWithoutBearerToken"/>); a bearer token is
/// this handler's. A token that passed OpenIddict's whole validation within <see cref="ConfirmedTokenEntries.MaxAge"/>
/// and has not expired since is accepted with the principal that validation produced, without running OpenIddict's
/// event pipeline again: for a client calling an API hundreds of times a second that pipeline was a tenth of each
/// call's CPU. Any other token, and every challenge and forbid, goes to OpenIddict validation, whose per-request step
/// runs here first (the tenant's authentication step leaves it out: <see cref="OpenIddictValidationRequestPaths"/>).
/// </summary>
internal sealed class ConfirmedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ConfirmedTokenEntries confirmedTokens,
    IAuthenticationHandlerProvider handlers)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private const string Validation = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    // One handler per scheme per request, so this is per request.
    private bool _validationPrepared;

    /// <summary>The scheme's forwarding: everything of a request without a bearer token goes to the sign-in cookie.</summary>
    public static void ForwardRequestsWithoutBearerToken(AuthenticationSchemeOptions options) =>
        options.ForwardDefaultSelector = context => TokenOf(context.Request).IsEmpty ? IdentityConstants.ApplicationScheme : null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (confirmedTokens.Find(TokenOf(Request), out var token) is { } confirmed
            && (confirmed.ExpiresAt is not { } expires || expires > TimeProvider.GetUtcNow()))
        {
            return AuthenticateResult.Success(Ticket(token!, confirmed));
        }

        await PrepareValidationAsync();
        return await Context.AuthenticateAsync(Validation);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await PrepareValidationAsync();
        await Context.ChallengeAsync(Validation, properties);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await PrepareValidationAsync();
        await Context.ForbidAsync(Validation, properties);
    }

    // The same ticket OpenIddict validation gives for an access token: its principal, expiry and issue dates, the
    // token itself among the properties' tokens and the principal as the access-token-principal parameter.
    private static AuthenticationTicket Ticket(string token, ConfirmedToken confirmed)
    {
        var principal = confirmed.Principal;
        var properties = new AuthenticationProperties { ExpiresUtc = confirmed.ExpiresAt, IssuedUtc = confirmed.IssuedAt };
        properties.StoreTokens([new AuthenticationToken { Name = OpenIddictValidationAspNetCoreConstants.Tokens.AccessToken, Value = token }]);
        properties.SetParameter(OpenIddictValidationAspNetCoreConstants.Properties.AccessTokenPrincipal, principal);
        return new AuthenticationTicket(principal, properties, Validation);
    }

    /// <summary>
    /// OpenIddict validation keeps its state for the request in a transaction its request step creates (and reuses
    /// when there already is one); authenticating, challenging or forbidding without it throws.
    /// </summary>
    private async Task PrepareValidationAsync()
    {
        if (!_validationPrepared && await handlers.GetHandlerAsync(Context, Validation) is IAuthenticationRequestHandler validation)
        {
            await validation.HandleRequestAsync();
            _validationPrepared = true;
        }
    }

    // Read in place: the token is copied into a string only when it is not a confirmed one.
    private static ReadOnlySpan<char> TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().AsSpan();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : [];
    }
}
