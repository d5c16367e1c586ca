using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Abstractions.Security;
using Portal.OpenId.Models;

namespace Portal.OpenId.ViewModels;

/// <summary>
/// The client form as the browser posts it: URIs one per line, roles comma-separated, the OFFICIAL-SENSITIVE
/// scope as its own checkbox. <see cref="ToInput"/> turns it into what the registry (and its validator) takes.
/// </summary>
public sealed class ClientFormViewModel
{
    public string? ClientId { get; set; }
    public string? DisplayName { get; set; }
    public string? Type { get; set; }
    public List<string> Grants { get; set; } = [];
    public string? RedirectUris { get; set; }
    public string? PostLogoutRedirectUris { get; set; }
    public List<string> Scopes { get; set; } = [];
    public bool Sensitive { get; set; }
    public string? Roles { get; set; }
    public string? Consent { get; set; }

    /// <summary>Set by the controller, never from the form: an existing client's id cannot change.</summary>
    [BindNever]
    public bool IsNew { get; set; } = true;

    public ClientInput ToInput() => new()
    {
        ClientId = ClientId?.Trim(),
        DisplayName = DisplayName?.Trim(),
        Type = Type,
        Grants = Grants.Distinct(StringComparer.Ordinal).ToList(),
        RedirectUris = Lines(RedirectUris),
        PostLogoutRedirectUris = Lines(PostLogoutRedirectUris),
        Scopes = Scopes.Where(s => s != OfficialSensitive.Scope).Append(Sensitive ? OfficialSensitive.Scope : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        Roles = RoleList(Roles),
        Consent = Consent,
    };

    public static ClientFormViewModel From(ClientView client) => new()
    {
        ClientId = client.ClientId,
        DisplayName = client.DisplayName,
        Type = client.Type,
        Grants = client.Grants.ToList(),
        RedirectUris = string.Join('\n', client.RedirectUris),
        PostLogoutRedirectUris = string.Join('\n', client.PostLogoutRedirectUris),
        Scopes = client.Scopes.Where(s => s != OfficialSensitive.Scope).ToList(),
        Sensitive = client.Scopes.Contains(OfficialSensitive.Scope),
        Roles = string.Join(", ", client.Roles),
        Consent = client.Consent,
        IsNew = false,
    };

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    // Blank means no roles; otherwise every comma-separated entry is kept, so "A,,B" reaches the validator's
    // "Role names cannot be empty" rather than being quietly tidied.
    private static List<string> RoleList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',').Select(r => r.Trim()).ToList();
}
