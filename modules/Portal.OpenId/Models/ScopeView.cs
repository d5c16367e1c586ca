namespace Portal.OpenId.Models;

/// <summary>
/// A scope of the tenant's server as the API and pages show it. <see cref="BuiltIn"/> scopes come with the portal
/// (<see cref="Services.PortalScopes"/>): their text may be changed, but they cannot be removed.
/// </summary>
public sealed record ScopeView(string Name, string DisplayName, string? Description, IReadOnlyList<string> Resources, bool BuiltIn);
