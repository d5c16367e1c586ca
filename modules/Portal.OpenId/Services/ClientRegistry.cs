using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Portal.Abstractions.Audit;
using Portal.OpenId.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Services;

/// <summary>
/// Registers, changes and removes the tenant's clients through OpenIddict's application manager (which hashes
/// secrets). Each change is audited, never with the secret. A client's roles (for client credentials) live in the
/// application's properties as <c>"roles": [...]</c>.
/// </summary>
public sealed class ClientRegistry(IOpenIddictApplicationManager applications, ScopeRegistry scopes, OpenIdSettings settings, IServiceProvider services)
{
    public const string RolesProperty = "roles";

    public async Task<IReadOnlyList<ClientView>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ClientView>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken))
        {
            list.Add(await ViewAsync(application, cancellationToken));
        }

        return list.OrderBy(c => c.ClientId, StringComparer.Ordinal).ToList();
    }

    public async Task<ClientView?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        return application is null ? null : await ViewAsync(application, cancellationToken);
    }

    /// <summary>Creates a client; a confidential one gets <paramref name="secret"/>, or a generated one returned once.</summary>
    public async Task<ClientOperationResult> CreateAsync(ClientInput input, string? secret, CancellationToken cancellationToken)
    {
        var errors = ClientValidator.Validate(input, settings.AllowPlainHttp, isNew: true, await scopes.NamesAsync(cancellationToken));
        if (errors.Count > 0)
        {
            return ClientOperationResult.Invalid(errors);
        }

        if (await applications.FindByClientIdAsync(input.ClientId!, cancellationToken) is not null)
        {
            return ClientOperationResult.Conflict(input.ClientId!);
        }

        var descriptor = new OpenIddictApplicationDescriptor { ClientId = input.ClientId };
        Apply(input, descriptor);
        string? shown = null;
        if (input.Type == ClientValidator.Confidential)
        {
            shown = string.IsNullOrEmpty(secret) ? ClientSecrets.Generate() : secret;
            descriptor.ClientSecret = shown;
        }

        var application = await applications.CreateAsync(descriptor, cancellationToken);
        await AuditAsync("client-created", input.ClientId!, cancellationToken);
        // A secret the caller chose (a recipe variable) is not echoed back.
        return ClientOperationResult.Done(await ViewAsync(application, cancellationToken), string.IsNullOrEmpty(secret) ? shown : null);
    }

    public async Task<ClientOperationResult> UpdateAsync(string clientId, ClientInput input, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ClientOperationResult.NotFound();
        }

        if (input.ClientId is not null && input.ClientId != clientId)
        {
            return ClientOperationResult.Invalid(new Dictionary<string, string[]> { ["clientId"] = ["A client id cannot be changed."] });
        }

        var errors = ClientValidator.Validate(input, settings.AllowPlainHttp, isNew: false, await scopes.NamesAsync(cancellationToken));
        if (errors.Count > 0)
        {
            return ClientOperationResult.Invalid(errors);
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var wasConfidential = descriptor.ClientType == ClientTypes.Confidential;
        Apply(input, descriptor);
        string? shown = null;
        if (input.Type == ClientValidator.Public)
        {
            descriptor.ClientSecret = null;
        }
        else if (!wasConfidential)
        {
            // Becoming confidential needs a secret: one is made and shown once.
            shown = ClientSecrets.Generate();
            descriptor.ClientSecret = shown;
        }

        await applications.UpdateAsync(application, descriptor, cancellationToken);
        await AuditAsync("client-updated", clientId, cancellationToken);
        return ClientOperationResult.Done(await ViewAsync(application, cancellationToken), shown);
    }

    public async Task<ClientOperationResult> RegenerateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ClientOperationResult.NotFound();
        }

        if (!await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken))
        {
            return ClientOperationResult.Invalid(new Dictionary<string, string[]> { ["type"] = ["A public client has no secret."] });
        }

        var secret = ClientSecrets.Generate();
        await applications.UpdateAsync(application, secret, cancellationToken);
        await AuditAsync("client-secret-regenerated", clientId, cancellationToken);
        return ClientOperationResult.Done(await ViewAsync(application, cancellationToken), secret);
    }

    public async Task<ClientOperationResult> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ClientOperationResult.NotFound();
        }

        var view = await ViewAsync(application, cancellationToken);
        // OpenIddict's store removes the client's authorizations and tokens with it.
        await applications.DeleteAsync(application, cancellationToken);
        await AuditAsync("client-deleted", clientId, cancellationToken);
        return ClientOperationResult.Done(view);
    }

    /// <summary>The roles a client acts with under client credentials.</summary>
    public static async Task<IReadOnlyList<string>> RolesOfAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(RolesProperty, out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
            : [];
    }

    private static void Apply(ClientInput input, OpenIddictApplicationDescriptor descriptor)
    {
        var grants = input.Grants ?? [];
        descriptor.DisplayName = input.DisplayName!.Trim();
        descriptor.ClientType = input.Type == ClientValidator.Public ? ClientTypes.Public : ClientTypes.Confidential;
        // Implicit: a first-party client the administrators vouch for, no page. Explicit: people are asked once
        // (AuthorizationController). Omitted: a new client is implicit, an existing one keeps what it had.
        descriptor.ConsentType = input.Consent switch
        {
            ClientConsent.Explicit => ConsentTypes.Explicit,
            ClientConsent.Implicit => ConsentTypes.Implicit,
            _ => descriptor.ConsentType ?? ConsentTypes.Implicit,
        };

        descriptor.Permissions.Clear();
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.Endpoints.Revocation);
        if (descriptor.ClientType == ClientTypes.Confidential)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        if (grants.Contains(ClientGrants.AuthorizationCode))
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
            descriptor.Permissions.Add(Permissions.Endpoints.EndSession);
            descriptor.Permissions.Add(Permissions.GrantTypes.AuthorizationCode);
            descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
        }

        if (grants.Contains(ClientGrants.RefreshToken))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        if (grants.Contains(ClientGrants.ClientCredentials))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        foreach (var scope in (input.Scopes ?? []).Distinct(StringComparer.Ordinal))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Requirements.Clear();
        if (grants.Contains(ClientGrants.AuthorizationCode))
        {
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        descriptor.RedirectUris.Clear();
        foreach (var uri in (input.RedirectUris ?? []).Distinct(StringComparer.Ordinal))
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        descriptor.PostLogoutRedirectUris.Clear();
        foreach (var uri in (input.PostLogoutRedirectUris ?? []).Distinct(StringComparer.Ordinal))
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        descriptor.Properties[RolesProperty] = JsonSerializer.SerializeToElement((input.Roles ?? []).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private async Task<ClientView> ViewAsync(object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var grants = ClientGrants.All.Where(g => permissions.Contains(Permissions.Prefixes.GrantType + g)).ToList();
        var scopes = permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]).OrderBy(s => s, StringComparer.Ordinal).ToList();
        return new ClientView(
            await applications.GetClientIdAsync(application, cancellationToken) ?? "",
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            await applications.HasClientTypeAsync(application, ClientTypes.Public, cancellationToken) ? ClientValidator.Public : ClientValidator.Confidential,
            grants,
            (await applications.GetRedirectUrisAsync(application, cancellationToken)).ToList(),
            (await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)).ToList(),
            scopes,
            await RolesOfAsync(applications, application, cancellationToken),
            await applications.HasConsentTypeAsync(application, ConsentTypes.Explicit, cancellationToken) ? ClientConsent.Explicit : ClientConsent.Implicit);
    }

    // The audit module is always enabled; resolved lazily so the recipe step works in containers being set up.
    private Task AuditAsync(string action, string clientId, CancellationToken cancellationToken) =>
        services.GetService<IAuditLog>()?.WriteAsync(new AuditEntry(AuditCategories.Clients, action, AuditOutcome.Success, clientId), cancellationToken)
        ?? Task.CompletedTask;
}
