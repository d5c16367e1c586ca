namespace Portal.OpenId.Models;

/// <summary>A registered client as the API and pages show it: never its secret, which is stored only as a hash.</summary>
public sealed record ClientView(
    string ClientId,
    string DisplayName,
    string Type,
    IReadOnlyList<string> Grants,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Roles,
    string Consent);
