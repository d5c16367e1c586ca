using Portal.Abstractions.Shell;
using Portal.Features.Models;

namespace Portal.Features.ViewModels;

/// <summary>"Disabling X also disables Y and Z": the step before a disable that takes dependents along.</summary>
public sealed record ConfirmDisableViewModel(ShellSettings Tenant, TenantFeatureResponse Feature, FeatureNames Names);
