using System.Text.RegularExpressions;
using Portal.OpenId.Models;

namespace Portal.OpenId.Services;

/// <summary>
/// Checks a client before it is stored, naming each wrong field (camelCase, as the API spells it). Redirect URIs
/// are compared exactly by the server, so they are checked here to be absolute, without fragment, and HTTPS unless
/// plain HTTP is allowed (development and tests).
/// </summary>
internal static partial class ClientValidator
{
    public const string Confidential = "confidential";
    public const string Public = "public";

    private static readonly HashSet<string> ReservedClientIds = new(["create"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$")]
    private static partial Regex ClientIdPattern();

    /// <param name="knownScopes">
    /// The scopes of the tenant's server (<see cref="ScopeRegistry.NamesAsync"/>); null where the store cannot be
    /// read yet (a recipe checked before it runs), and then only the shape of each scope name is checked here.
    /// </param>
    public static Dictionary<string, string[]> Validate(ClientInput input, bool allowPlainHttp, bool isNew, IReadOnlySet<string>? knownScopes)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (isNew && (string.IsNullOrWhiteSpace(input.ClientId) || !ClientIdPattern().IsMatch(input.ClientId)))
        {
            Add("clientId", "Enter a client id of 3 to 100 letters, digits, dots, hyphens or underscores.");
        }
        else if (isNew && ReservedClientIds.Contains(input.ClientId!))
        {
            // /admin/clients/create is the page that registers a client: a client of that id could never be opened.
            Add("clientId", $"'{input.ClientId}' is reserved; choose another client id.");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
        {
            Add("displayName", "Enter a display name of at most 200 characters.");
        }

        if (input.Type is not (Confidential or Public))
        {
            Add("type", "Choose confidential or public.");
        }

        // Null is allowed: implicit for a new client, unchanged for an existing one (ClientRegistry.Apply).
        if (input.Consent is not null && !ClientConsent.All.Contains(input.Consent))
        {
            Add("consent", "Choose implicit (no consent page) or explicit (people are asked).");
        }

        var grants = input.Grants ?? [];
        if (grants.Count == 0)
        {
            Add("grants", "Choose at least one flow.");
        }

        foreach (var grant in grants.Where(g => !ClientGrants.All.Contains(g)))
        {
            Add("grants", $"'{grant}' is not a flow this server offers (authorization_code, client_credentials, refresh_token).");
        }

        if (grants.Contains(ClientGrants.ClientCredentials) && input.Type == Public)
        {
            Add("grants", "A public client cannot use client credentials: it cannot keep a secret.");
        }

        if (grants.Contains(ClientGrants.RefreshToken) && !grants.Contains(ClientGrants.AuthorizationCode))
        {
            Add("grants", "Refresh tokens come with the authorization code flow.");
        }

        var redirects = input.RedirectUris ?? [];
        if (grants.Contains(ClientGrants.AuthorizationCode) && redirects.Count == 0)
        {
            Add("redirectUris", "The authorization code flow needs at least one redirect URI.");
        }

        foreach (var uri in redirects)
        {
            CheckUri(uri, "redirectUris", allowPlainHttp, Add);
        }

        foreach (var uri in input.PostLogoutRedirectUris ?? [])
        {
            CheckUri(uri, "postLogoutRedirectUris", allowPlainHttp, Add);
        }

        foreach (var scope in (input.Scopes ?? []).Where(s => knownScopes is null ? !ScopeValidator.IsScopeName(s) : !knownScopes.Contains(s)))
        {
            Add("scopes", $"'{scope}' is not a scope of this server.");
        }

        var roles = input.Roles ?? [];
        if (roles.Any(string.IsNullOrWhiteSpace))
        {
            Add("roles", "Role names cannot be empty.");
        }

        if (roles.Count > 0 && !grants.Contains(ClientGrants.ClientCredentials))
        {
            Add("roles", "Roles apply to client credentials only (a person's roles come from their account).");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckUri(string value, string field, bool allowPlainHttp, Action<string, string> add)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            add(field, $"'{value}' is not an absolute http(s) URI.");
            return;
        }

        if (!string.IsNullOrEmpty(uri.Fragment) || value.Contains('#'))
        {
            add(field, $"'{value}' has a fragment (#...), which a redirect URI cannot have.");
        }

        if (uri.Scheme == "http" && !allowPlainHttp)
        {
            add(field, $"'{value}' must use https.");
        }
    }
}
