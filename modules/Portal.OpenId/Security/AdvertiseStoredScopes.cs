using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Portal.OpenId.Security;

/// <summary>
/// OpenIddict's discovery document lists in <c>scopes_supported</c> only the scopes registered in its options (the
/// portal's own); the scopes an administrator added live in the tenant's store. They are added here, so a client
/// reading discovery sees every scope the token endpoint accepts.
/// </summary>
internal sealed class AdvertiseStoredScopes(IOpenIddictScopeManager scopes) :
    IOpenIddictServerHandler<OpenIddictServerEvents.HandleConfigurationRequestContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.HandleConfigurationRequestContext context)
    {
        await foreach (var scope in scopes.ListAsync(null, null, context.CancellationToken))
        {
            if (await scopes.GetNameAsync(scope, context.CancellationToken) is { Length: > 0 } name)
            {
                context.Scopes.Add(name);
            }
        }
    }
}
