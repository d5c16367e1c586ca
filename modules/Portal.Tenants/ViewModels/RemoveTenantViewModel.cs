using Portal.Abstractions.Shell;

namespace Portal.Tenants.ViewModels;

/// <summary>"Remove this tenant?": what goes, and the name the operator must type (<see cref="Confirm"/>) to go on.</summary>
public sealed record RemoveTenantViewModel(ShellSettings Tenant, bool OnPostgres, string? Confirm = null)
{
    /// <summary>Only a tenant that is switched off or never set up may be removed, never the platform.</summary>
    public bool CanBeRemoved => !Tenant.IsDefault && Tenant.State is TenantState.Disabled or TenantState.Uninitialized;
}
