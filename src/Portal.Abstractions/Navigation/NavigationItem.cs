namespace Portal.Abstractions.Navigation;

/// <summary>
/// A link a module contributes to a menu. <see cref="Url"/> is relative to the tenant ("~/admin/users");
/// the theme resolves it against the tenant's path base. <see cref="Description"/> is shown on the tenant's
/// home page, which lists what the enabled modules offer. <see cref="SignedInOnly"/> hides an item from
/// anonymous visitors when no permission is needed (for example the visitor's own account).
/// </summary>
public sealed record NavigationItem(
    string Text,
    string Url,
    int Order = 0,
    string? Description = null,
    Security.Permission? Permission = null,
    bool SignedInOnly = false);
