using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Portal.OpenId.Security;

/// <summary>
/// OpenIddict's authorization manager that tells <see cref="ConfirmedTokenEntries"/> when the tokens of an
/// authorization may have stopped being valid: every revocation, update, deletion and pruning forgets the
/// confirmations, after the store was written (see <see cref="RevocationAwareTokenManager{TToken}"/>).
/// </summary>
public sealed class RevocationAwareAuthorizationManager<TAuthorization>(
    IOpenIddictAuthorizationCache<TAuthorization> cache,
    ILogger<OpenIddictAuthorizationManager<TAuthorization>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictAuthorizationStore<TAuthorization> store,
    ConfirmedTokenEntries confirmed)
    : OpenIddictAuthorizationManager<TAuthorization>(cache, logger, options, store)
    where TAuthorization : class
{
    public override async ValueTask DeleteAsync(TAuthorization authorization, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.DeleteAsync(authorization, cancellationToken);
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

    public override async ValueTask<bool> TryRevokeAsync(TAuthorization authorization, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.TryRevokeAsync(authorization, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask UpdateAsync(TAuthorization authorization, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.UpdateAsync(authorization, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }

    public override async ValueTask UpdateAsync(TAuthorization authorization, OpenIddictAuthorizationDescriptor descriptor, CancellationToken cancellationToken = default)
    {
        try
        {
            await base.UpdateAsync(authorization, descriptor, cancellationToken);
        }
        finally
        {
            confirmed.ForgetAll();
        }
    }
}
