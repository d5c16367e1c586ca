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
    public override ValueTask DeleteAsync(TAuthorization authorization, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.DeleteAsync(authorization, cancellationToken));

    public override ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.PruneAsync(threshold, cancellationToken));

    public override ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeAsync(subject, client, status, type, cancellationToken));

    public override ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeByApplicationIdAsync(identifier, cancellationToken));

    public override ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeBySubjectAsync(subject, cancellationToken));

    public override ValueTask<bool> TryRevokeAsync(TAuthorization authorization, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.TryRevokeAsync(authorization, cancellationToken));

    public override ValueTask UpdateAsync(TAuthorization authorization, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.UpdateAsync(authorization, cancellationToken));

    public override ValueTask UpdateAsync(TAuthorization authorization, OpenIddictAuthorizationDescriptor descriptor, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.UpdateAsync(authorization, descriptor, cancellationToken));
}
