using Portal.Abstractions.Shell;
using Portal.Contracts.Platform;

namespace Portal.Host.Messaging;

/// <summary>The one event that announces a saved change of a tenant's settings, the most specific that applies.</summary>
public static class TenantChangeEvents
{
    public static ITenantLifecycleEvent For(ShellSettings before, ShellSettings after)
    {
        const string platform = ShellSettings.DefaultName;
        if (after.State == TenantState.Disabled && before.State != TenantState.Disabled)
        {
            return new TenantDisabled(platform, after.Name, after.VersionId);
        }

        if (!before.EnabledFeatures.SequenceEqual(after.EnabledFeatures, StringComparer.Ordinal))
        {
            return new TenantFeaturesChanged(platform, after.Name, after.VersionId, after.EnabledFeatures.ToList());
        }

        return new TenantSettingsChanged(platform, after.Name, after.VersionId, after.State.ToString());
    }
}
