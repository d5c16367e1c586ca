namespace Portal.OpenId.ViewModels;

/// <summary>A scope of the tenant's server as the scopes page lists it.</summary>
public sealed record ScopeListItem(string Name, string Description, IReadOnlyList<string> Resources);
