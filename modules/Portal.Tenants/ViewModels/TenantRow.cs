using Portal.Abstractions.Shell;

namespace Portal.Tenants.ViewModels;

/// <summary>One row of the tenants table.</summary>
public sealed record TenantRow(string Name, string DisplayName, string Url, TenantState State, bool HasSetupError, int FeatureCount);
