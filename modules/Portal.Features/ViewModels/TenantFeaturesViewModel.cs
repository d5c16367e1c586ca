using Portal.Abstractions.Shell;

namespace Portal.Features.ViewModels;

public sealed record TenantFeaturesViewModel(
    ShellSettings Tenant,
    IReadOnlyList<FeatureCategory> Categories,
    FeatureNames Names,
    bool CanManage);
