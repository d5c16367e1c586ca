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
    public override ValueTask DeleteAsync(TToken token, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.DeleteAsync(token, cancellationToken));

    public override ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.PruneAsync(threshold, cancellationToken));

    public override ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeAsync(subject, client, status, type, cancellationToken));

    public override ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeByApplicationIdAsync(identifier, cancellationToken));

    public override ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeByAuthorizationIdAsync(identifier, cancellationToken));

    public override ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.RevokeBySubjectAsync(subject, cancellationToken));

    public override ValueTask<bool> TryRedeemAsync(TToken token, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.TryRedeemAsync(token, cancellationToken));

    public override ValueTask<bool> TryRejectAsync(TToken token, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.TryRejectAsync(token, cancellationToken));

    public override ValueTask<bool> TryRevokeAsync(TToken token, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.TryRevokeAsync(token, cancellationToken));

    public override ValueTask UpdateAsync(TToken token, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.UpdateAsync(token, cancellationToken));

    public override ValueTask UpdateAsync(TToken token, OpenIddictTokenDescriptor descriptor, CancellationToken cancellationToken = default) =>
        confirmed.ForgetAllAfterAsync(() => base.UpdateAsync(token, descriptor, cancellationToken));
}
