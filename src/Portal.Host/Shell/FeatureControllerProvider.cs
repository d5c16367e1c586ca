using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Portal.Abstractions.Modules;

namespace Portal.Host.Shell;

/// <summary>
/// Keeps a controller only when its feature is enabled in the tenant: the feature named by <c>[Feature]</c> on
/// the controller, else its module's main feature; <c>[RequireFeatures]</c> adds more that must be enabled.
/// Without this, every controller of a module would exist as soon as any one of its features was enabled.
/// </summary>
internal sealed class FeatureControllerProvider(IReadOnlySet<string> enabledFeatures) : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo)
    {
        if (!base.IsController(typeInfo))
        {
            return false;
        }

        var feature = typeInfo.GetCustomAttribute<FeatureAttribute>()?.Id;
        if (string.IsNullOrEmpty(feature))
        {
            feature = typeInfo.Assembly.GetCustomAttribute<ModuleAttribute>()?.Id;
        }

        var required = typeInfo.GetCustomAttribute<RequireFeaturesAttribute>()?.FeatureIds ?? [];
        return (feature is null || enabledFeatures.Contains(feature)) && required.All(enabledFeatures.Contains);
    }
}
