using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Portal.OpenId.Keys;

/// <summary>
/// Gives the tenant's server its stored keys when its options are first built (on the first OpenID request of
/// the shell). Options are built synchronously, so the store is read synchronously here, once per shell.
/// </summary>
internal sealed class StoredKeysConfiguration(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var (signing, encryption) = scope.ServiceProvider.GetRequiredService<TenantKeyStore>()
            .LoadOrCreateAsync(CancellationToken.None).GetAwaiter().GetResult();

        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
