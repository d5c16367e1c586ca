using Portal.Abstractions.Shell;

namespace Portal.Tenants.ViewModels;

/// <summary>"Are you sure?" before switching a tenant off or on. <see cref="Action"/> is "disable" or "enable".</summary>
public sealed record TenantStateConfirmViewModel(ShellSettings Tenant, string Action)
{
    public bool IsDisable => Action == "disable";
}
