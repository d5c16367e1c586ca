using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Portal.OpenId.Security;

/// <summary>
/// OpenIddict's application manager with <see cref="VerifiedClientSecrets"/> in front of the secret comparison.
/// Deleting a client (which deletes its tokens and authorizations in the store) forgets the
/// <see cref="ConfirmedTokenEntries"/>, so its tokens are refused at once.
/// Everything else (client lookup, client type, permissions, hashing new secrets) is OpenIddict's own.
/// </summary>
public sealed class SecretCachingApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store,
    VerifiedClientSecrets verified,
    ConfirmedTokenEntries confirmed)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store)
    where TApplication : class
{
    protected override async ValueTask<bool> ValidateClientSecretAsync(string secret, string comparand, CancellationToken cancellationToken = default)
    {
        if (verified.IsKnown(secret, comparand))
        {
            return true;
        }

        var valid = await base.ValidateClientSecretAsync(secret, comparand, cancellationToken);
        if (valid)
        {
            verified.Remember(secret, comparand);
        }

        return valid;
    }

    public override async ValueTask DeleteAsync(TApplication application, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.DeleteAsync(application, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }
}
