namespace Portal.Tenants.ViewModels;

/// <summary>Shown once, straight after creation: the only place the generated password ever appears.</summary>
public sealed record TenantCreatedViewModel(string Name, string DisplayName, string Url, string AdminEmail, string AdminPassword);
