namespace Portal.OpenId.Models;

/// <summary>
/// What an administrator (page, API) or a recipe says about a client. <see cref="Grants"/> holds
/// "authorization_code", "client_credentials", "refresh_token"; <see cref="Type"/> "confidential" or "public";
/// <see cref="Consent"/> "implicit" or "explicit" (see <see cref="ClientConsent"/>). A new client without a consent
/// is implicit; a change without one keeps what the client had, so an older caller never lowers it unnoticed.
/// </summary>
public sealed class ClientInput
{
    public string? ClientId { get; set; }
    public string? DisplayName { get; set; }
    public string? Type { get; set; }
    public List<string>? Grants { get; set; }
    public List<string>? RedirectUris { get; set; }
    public List<string>? PostLogoutRedirectUris { get; set; }
    public List<string>? Scopes { get; set; }
    public List<string>? Roles { get; set; }
    public string? Consent { get; set; }
}
