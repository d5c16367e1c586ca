using Portal.Abstractions.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Services;

/// <summary>
/// The scopes every tenant's server knows: the OpenID Connect ones and the portal modules' API scopes. A client
/// gets a scope only when it was explicitly permitted it.
/// </summary>
public static class PortalScopes
{
    public static IReadOnlyList<(string Name, string DisplayName)> All { get; } =
    [
        (Scopes.OpenId, "Sign you in"),
        (Scopes.Profile, "Your name"),
        (Scopes.Email, "Your email address"),
        (Scopes.Roles, "Your roles"),
        (Scopes.OfflineAccess, "Stay signed in (refresh tokens)"),
        ("platform.read", "Read tenants, modules and features"),
        ("platform.write", "Change tenants, modules and features"),
        ("routing.read", "Read call routing"),
        ("routing.write", "Change call routing"),
        ("routing.events", "Receive call routing events"),
        ("publications.read", "Read decision reports in every state"),
        ("publications.write", "Publish decision reports"),
        ("publications.sensitive", "Handle OFFICIAL-SENSITIVE parts of decision reports"),
        (OfficialSensitive.Scope, "OFFICIAL-SENSITIVE access"),
    ];

    public static bool IsKnown(string scope) => All.Any(s => s.Name == scope);
}
