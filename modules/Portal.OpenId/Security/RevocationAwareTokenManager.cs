using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Portal.OpenId.Security;

/// <summary>
/// OpenIddict's token manager that tells <see cref="ConfirmedTokenEntries"/> when a token may have stopped being
/// valid: every revocation, redemption, rejection, update, deletion and pruning forgets the confirmations, after the
/// store was written (a validation reading the store before the write is caught by the generation instead).
/// </summary>
public sealed class RevocationAwareTokenManager<TToken>(
    IOpenIddictTokenCache<TToken> cache,
    ILogger<OpenIddictTokenManager<TToken>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictTokenStore<TToken> store,
    ConfirmedTokenEntries confirmed)
    : OpenIddictTokenManager<TToken>(cache, logger, options, store)
    where TToken : class
{
    public override async ValueTask DeleteAsync(TToken token, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.DeleteAsync(token, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.PruneAsync(threshold, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.RevokeAsync(subject, client, status, type, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.RevokeByApplicationIdAsync(identifier, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.RevokeByAuthorizationIdAsync(identifier, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.RevokeBySubjectAsync(subject, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<bool> TryRedeemAsync(TToken token, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.TryRedeemAsync(token, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<bool> TryRejectAsync(TToken token, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.TryRejectAsync(token, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask<bool> TryRevokeAsync(TToken token, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.TryRevokeAsync(token, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask UpdateAsync(TToken token, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.UpdateAsync(token, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask UpdateAsync(TToken token, OpenIddictTokenDescriptor descriptor, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.UpdateAsync(token, descriptor, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }
}
