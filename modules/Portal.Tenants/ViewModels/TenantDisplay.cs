using Portal.Abstractions.Shell;

namespace Portal.Tenants.ViewModels;

/// <summary>How the admin pages show a tenant's state and address.</summary>
public static class TenantDisplay
{
    /// <summary>Where people reach the tenant: its first host (with prefix) or its prefix under this site.</summary>
    public static string Url(ShellSettings tenant, string sitePathBase)
    {
        if (tenant.Hosts.Count > 0)
        {
            return $"https://{tenant.Hosts[0]}{tenant.PathBase}/";
        }

        return string.IsNullOrEmpty(tenant.UrlPrefix) ? sitePathBase + "/" : $"{sitePathBase}{tenant.PathBase}/";
    }

    public static string StateText(TenantState state, bool hasSetupError) => state switch
    {
        TenantState.Running => "Running",
        TenantState.Disabled => "Disabled",
        TenantState.Initializing => "Setting up",
        _ => hasSetupError ? "Setup failed" : "Not set up",
    };

    /// <summary>GOV.UK tag colour for a state.</summary>
    public static string StateTagClass(TenantState state, bool hasSetupError) => state switch
    {
        TenantState.Running => "govuk-tag govuk-tag--green",
        TenantState.Disabled => "govuk-tag govuk-tag--grey",
        TenantState.Initializing => "govuk-tag govuk-tag--blue",
        _ => hasSetupError ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--yellow",
    };
}
