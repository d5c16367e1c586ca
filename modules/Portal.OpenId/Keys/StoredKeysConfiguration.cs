using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Portal.OpenId.Keys;

/// <summary>
/// Gives the tenant's server its stored keys when its options are first built (on the first OpenID request of
/// the shell). Options are built synchronously, so the store is read synchronously here, once per shell.
/// With configured certificates (<paramref name="signingFromStore"/> false) only the AES encryption key is added:
/// OpenIddict encrypts with a symmetric key in preference to a certificate, and keeps the certificate for
/// decrypting tokens it encrypted before.
/// </summary>
internal sealed class StoredKeysConfiguration(IServiceScopeFactory scopes, bool signingFromStore) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<TenantKeyStore>();
        SecurityKey encryption;
        if (signingFromStore)
        {
            (var signing, encryption) = store.LoadOrCreateAsync(CancellationToken.None).GetAwaiter().GetResult();
            options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        }
        else
        {
            encryption = store.LoadOrCreateEncryptionAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
