using Portal.Abstractions.Modules;

namespace Portal.OpenId.Keys;

/// <summary>
/// Generates the tenant's keys when the server feature is installed, so the first sign-in or token request does
/// not wait seconds for an RSA key. Only registered when the tenant uses generated keys.
/// </summary>
internal sealed class KeyInstaller(TenantKeyStore keys) : IFeatureEventHandler
{
    public async Task InstalledAsync(string featureId, CancellationToken cancellationToken)
    {
        if (featureId == ServerStartup.FeatureId)
        {
            await keys.LoadOrCreateAsync(cancellationToken);
        }
    }
}
