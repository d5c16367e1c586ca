using Portal.OpenId.Models;

namespace Portal.OpenId.RecipeSteps;

/// <summary>One client of an <c>openid-clients</c> step; <see cref="Type"/> defaults to confidential.</summary>
internal sealed class RecipeClient
{
    public string? ClientId { get; set; }
    public string? DisplayName { get; set; }
    public string? Type { get; set; }
    public string? Secret { get; set; }
    public List<string>? Grants { get; set; }
    public List<string>? RedirectUris { get; set; }
    public List<string>? PostLogoutRedirectUris { get; set; }
    public List<string>? Scopes { get; set; }
    public List<string>? Roles { get; set; }
    public string? Consent { get; set; }

    public ClientInput Input => new()
    {
        ClientId = ClientId,
        DisplayName = DisplayName,
        Type = Type ?? "confidential",
        Grants = Grants,
        RedirectUris = RedirectUris,
        PostLogoutRedirectUris = PostLogoutRedirectUris,
        Scopes = Scopes,
        Roles = Roles,
        Consent = Consent,
    };
}
