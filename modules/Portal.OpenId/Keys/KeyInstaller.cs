using Portal.Abstractions.Modules;

namespace Portal.OpenId.Keys;

/// <summary>
/// Generates the tenant's keys when the server feature is installed, so the first sign-in or token request does
/// not wait seconds for an RSA key. With configured certificates only the AES access-token encryption key is made.
/// </summary>
internal sealed class KeyInstaller(TenantKeyStore keys, bool signingFromStore) : IFeatureEventHandler
{
    public async Task InstalledAsync(string featureId, CancellationToken cancellationToken)
    {
        if (featureId != ServerStartup.FeatureId)
        {
            return;
        }

        if (signingFromStore)
        {
            await keys.LoadOrCreateAsync(cancellationToken);
        }
        else
        {
            await keys.LoadOrCreateEncryptionAsync(cancellationToken);
        }
    }
}
