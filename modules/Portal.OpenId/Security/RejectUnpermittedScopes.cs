using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Security;

/// <summary>
/// A scope the client was not permitted is refused with <c>invalid_scope</c> (RFC 6749 section 5.2), before
/// OpenIddict's own permission check, which answers the less precise <c>invalid_request</c>.
/// </summary>
internal sealed class RejectUnpermittedScopes(IOpenIddictApplicationManager applications) :
    IOpenIddictServerHandler<OpenIddictServerEvents.ValidateTokenRequestContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId) || await applications.FindByClientIdAsync(context.ClientId) is not { } application)
        {
            return;
        }

        foreach (var scope in context.Request.GetScopes())
        {
            if (scope != Scopes.OpenId && !await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope))
            {
                context.Reject(Errors.InvalidScope, $"The client is not allowed the scope '{scope}'.");
                return;
            }
        }
    }
}
