using OpenIddict.Abstractions;
using Portal.Abstractions.Modules;

namespace Portal.OpenId.Services;

/// <summary>Registers the portal's scopes in the tenant's store when the module is installed (and any added since).</summary>
internal sealed class ScopeInstaller(IOpenIddictScopeManager scopes) : IFeatureEventHandler
{
    public Task InstalledAsync(string featureId, CancellationToken cancellationToken) =>
        featureId == Startup.FeatureId ? EnsureAsync(cancellationToken) : Task.CompletedTask;

    public Task EnabledAsync(string featureId, CancellationToken cancellationToken) =>
        featureId == Startup.FeatureId ? EnsureAsync(cancellationToken) : Task.CompletedTask;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, displayName) in PortalScopes.All)
        {
            if (await scopes.FindByNameAsync(name, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = name, DisplayName = displayName }, cancellationToken);
            }
        }
    }
}
