using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Portal.Abstractions.Audit;
using Portal.OpenId.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Services;

/// <summary>
/// What people allowed explicit-consent clients: one permanent OpenIddict authorization per "Allow", holding the
/// scopes allowed. The tokens issued under it carry its id, so revoking it ends them (the server checks the
/// authorization at every code redemption and refresh; validation checks it on every API call).
/// </summary>
public sealed class UserConsents(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IServiceProvider services)
{
    /// <summary>A valid permanent authorization of the user for the client holding every scope, or null.</summary>
    public async Task<object?> FindCoveringAsync(string userId, object application, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var applicationId = await applications.GetIdAsync(application, cancellationToken);
        await foreach (var authorization in authorizations.FindAsync(userId, applicationId, Statuses.Valid, AuthorizationTypes.Permanent,
            scopes.ToImmutableArray(), cancellationToken))
        {
            return authorization;
        }

        return null;
    }

    /// <summary>
    /// Records the user's "Allow" as a permanent authorization; returns its id for the tokens to carry. When one
    /// already covers the scopes (the client asked again with prompt=consent) it is reused rather than duplicated.
    /// </summary>
    public async Task<string> GrantAsync(ClaimsIdentity identity, string userId, object application, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var authorization = await FindCoveringAsync(userId, application, scopes, cancellationToken)
            ?? await authorizations.CreateAsync(identity, userId, (await applications.GetIdAsync(application, cancellationToken))!,
                AuthorizationTypes.Permanent, scopes.ToImmutableArray(), cancellationToken);
        await AuditAsync("consent-granted", AuditOutcome.Success, application, scopes, cancellationToken);
        return (await authorizations.GetIdAsync(authorization, cancellationToken))!;
    }

    public async Task DeniedAsync(object application, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken) =>
        await AuditAsync("consent-denied", AuditOutcome.Refused, application, scopes, cancellationToken);

    /// <summary>The clients the user allowed, one entry per client (the scopes of all its valid consents together).</summary>
    public async Task<IReadOnlyList<ConnectedApplication>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var byClient = new Dictionary<string, ConnectedApplication>(StringComparer.Ordinal);
        await foreach (var authorization in authorizations.FindBySubjectAsync(userId, cancellationToken))
        {
            if (!await IsValidPermanentAsync(authorization, cancellationToken)
                || await authorizations.GetApplicationIdAsync(authorization, cancellationToken) is not { } applicationId
                || await applications.FindByIdAsync(applicationId, cancellationToken) is not { } application)
            {
                continue;
            }

            var clientId = (await applications.GetClientIdAsync(application, cancellationToken))!;
            var scopes = await authorizations.GetScopesAsync(authorization, cancellationToken);
            var since = await authorizations.GetCreationDateAsync(authorization, cancellationToken);
            byClient[clientId] = byClient.TryGetValue(clientId, out var known)
                ? known with
                {
                    Scopes = known.Scopes.Union(scopes, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    AllowedOn = Earliest(known.AllowedOn, since),
                }
                : new ConnectedApplication(clientId, await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId,
                    scopes.Order(StringComparer.Ordinal).ToList(), since);
        }

        return byClient.Values.OrderBy(a => a.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>
    /// Revokes every consent the user gave the client and the tokens issued under them. False when there was none
    /// (an unknown client, another user's consent, or one already revoked): nothing changes then.
    /// </summary>
    public async Task<bool> RevokeAsync(string userId, string clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }

        var applicationId = await applications.GetIdAsync(application, cancellationToken);
        var revoked = new List<string>();
        await foreach (var authorization in authorizations.FindAsync(userId, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, null, cancellationToken))
        {
            revoked.Add((await authorizations.GetIdAsync(authorization, cancellationToken))!);
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        foreach (var authorizationId in revoked)
        {
            await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
        }

        if (revoked.Count > 0)
        {
            await AuditAsync("consent-revoked", AuditOutcome.Success, application, [], cancellationToken);
        }

        return revoked.Count > 0;
    }

    private async Task<bool> IsValidPermanentAsync(object authorization, CancellationToken cancellationToken) =>
        await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken)
        && await authorizations.HasTypeAsync(authorization, AuthorizationTypes.Permanent, cancellationToken);

    private static DateTimeOffset? Earliest(DateTimeOffset? left, DateTimeOffset? right) =>
        left is null ? right : right is null ? left : left < right ? left : right;

    // Who and from where come from the request (the signed-in user); the client and the scopes, never a token.
    private async Task AuditAsync(string action, AuditOutcome outcome, object application, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        if (services.GetService<IAuditLog>() is not { } audit)
        {
            return;
        }

        var clientId = await applications.GetClientIdAsync(application, cancellationToken);
        var detail = scopes.Count == 0 ? null : "Scopes: " + string.Join(' ', scopes);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Clients, action, outcome, clientId, detail), cancellationToken);
    }
}
