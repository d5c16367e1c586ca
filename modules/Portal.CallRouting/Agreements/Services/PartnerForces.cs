using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>
/// Which tenants can be a partner: a running tenant with call routing enabled (a police force). Reads the platform's
/// list of tenants, learning nothing of another tenant but that.
/// </summary>
public sealed class PartnerForces(IShellSettingsManager tenants)
{
    public const string CallRoutingFeature = "Portal.CallRouting";

    public async Task<bool> IsPoliceForceAsync(string tenant, CancellationToken cancellationToken)
    {
        var settings = await tenants.FindAsync(tenant, cancellationToken);
        return settings is { State: TenantState.Running, IsDefault: false } && settings.EnabledFeatures.Contains(CallRoutingFeature, StringComparer.Ordinal);
    }

    /// <summary>The other forces this one could propose to, by name, for the proposal page.</summary>
    public async Task<IReadOnlyList<(string Name, string DisplayName)>> OthersAsync(string self, CancellationToken cancellationToken) =>
        (await tenants.LoadAllAsync(cancellationToken))
            .Where(t => t is { State: TenantState.Running, IsDefault: false } && t.Name != self && t.EnabledFeatures.Contains(CallRoutingFeature, StringComparer.Ordinal))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (t.Name, string.IsNullOrEmpty(t.DisplayName) ? t.Name : t.DisplayName))
            .ToList();
}
