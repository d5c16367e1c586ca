using Portal.Abstractions.Shell;

namespace Portal.Tenants.ViewModels;

public sealed record TenantDetailsViewModel(
    ShellSettings Tenant,
    string Url,
    IReadOnlyList<string> EnabledFeatures,
    bool CanManage,
    bool CanSeeFeatures);
