using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Features.Services;

/// <summary>
/// Enables and disables a tenant's features for the API and the admin pages. Everything is checked before the
/// change is saved; the save itself is conditional on the tenant's version (the one the caller saw, else the one
/// read here), so two admins changing the same tenant cannot overwrite each other.
/// </summary>
public sealed class FeatureChanger(
    IShellSettingsManager tenants,
    IShellFeatureManager features,
    IShellFeatureManager featureSet,
    IModuleCatalog catalog,
    IAuditLog audit,
    ILogger<FeatureChanger> logger)
{
    /// <summary>The platform tenant keeps these, or nobody could manage tenants or features again.</summary>
    public static readonly IReadOnlyList<string> PlatformAdministration = ["Portal.Tenants", "Portal.Features"];

    /// <summary>Changes the features and writes the attempt, changed or not, to this (the platform) tenant's audit log.</summary>
    public async Task<FeatureChangeResult> ChangeAsync(string tenantName, IReadOnlyList<string> enable, IReadOnlyList<string> disable,
        string? expectedVersion, CancellationToken cancellationToken)
    {
        var result = await ApplyAsync(tenantName, enable, disable, expectedVersion, cancellationToken);
        var requested = $"enabled: {List(enable)}; disabled: {List(disable)}";
        await audit.WriteAsync(result.Outcome == FeatureChangeOutcome.Changed
            ? new AuditEntry(AuditCategories.Features, "features-changed", AuditOutcome.Success, tenantName, requested)
            : new AuditEntry(AuditCategories.Features, "features-changed", AuditOutcome.Failure, tenantName,
                $"{requested}; not changed ({result.Outcome}): {result.Message}"), CancellationToken.None);
        return result;
    }

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

    private async Task<FeatureChangeResult> ApplyAsync(string tenantName, IReadOnlyList<string> enable, IReadOnlyList<string> disable,
        string? expectedVersion, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(tenantName, cancellationToken);
        if (tenant is null)
        {
            return FeatureChangeResult.NotFound(tenantName);
        }

        if (Check(tenant, enable, disable, expectedVersion) is { } refused)
        {
            return refused;
        }

        try
        {
            var enabled = await features.UpdateAsync(tenant.Name, enable, disable, expectedVersion ?? tenant.VersionId, cancellationToken);
            var saved = await tenants.FindAsync(tenant.Name, cancellationToken);
            logger.LogInformation("Features of tenant {Tenant} changed: enable {Enable}, disable {Disable}", tenant.Name,
                string.Join(", ", enable), string.Join(", ", disable));
            return new FeatureChangeResult(FeatureChangeOutcome.Changed, Enabled: enabled, VersionId: saved?.VersionId);
        }
        catch (FeatureChangeException ex)
        {
            return Refused(ex, enable);
        }
        catch (TenantConflictException ex)
        {
            return new FeatureChangeResult(FeatureChangeOutcome.Conflict, ex.Message);
        }
        catch (KeyNotFoundException)
        {
            return FeatureChangeResult.NotFound(tenantName);
        }
    }

    /// <summary>Null when the change may go ahead (nothing is saved here); else why not.</summary>
    public FeatureChangeResult? Check(ShellSettings tenant, IReadOnlyList<string> enable, IReadOnlyList<string> disable, string? expectedVersion)
    {
        if (enable.Count == 0 && disable.Count == 0)
        {
            return new FeatureChangeResult(FeatureChangeOutcome.Invalid, "Name at least one feature to enable or disable.", "enable");
        }

        foreach (var (field, ids) in new[] { ("enable", enable), ("disable", disable) })
        {
            if (ids.FirstOrDefault(string.IsNullOrWhiteSpace) is not null)
            {
                return new FeatureChangeResult(FeatureChangeOutcome.Invalid, "A feature id cannot be empty.", field);
            }
        }

        if (tenant.State == TenantState.Initializing)
        {
            return new FeatureChangeResult(FeatureChangeOutcome.Conflict, $"Tenant '{tenant.Name}' is being set up; change its features afterwards.");
        }

        if (expectedVersion is not null && expectedVersion != tenant.VersionId)
        {
            return new FeatureChangeResult(FeatureChangeOutcome.Conflict, $"Tenant '{tenant.Name}' was changed by someone else; reload and try again.");
        }

        var unavailable = enable.FirstOrDefault(id => catalog.FindFeature(id) is not null && !featureSet.IsOffered(tenant, id)
            && !tenant.EnabledFeatures.Contains(id));
        if (unavailable is not null && !catalog.FindFeature(unavailable)!.DefaultTenantOnly)
        {
            return new FeatureChangeResult(FeatureChangeOutcome.Invalid, $"The feature '{unavailable}' is not allowed for tenant '{tenant.Name}'.",
                "enable", unavailable);
        }

        IReadOnlyList<string> after;
        try
        {
            after = featureSet.EffectiveFeatures(tenant, enable, disable);
        }
        catch (FeatureChangeException ex)
        {
            return Refused(ex, enable);
        }

        var lost = tenant.IsDefault ? PlatformAdministration.FirstOrDefault(id => !after.Contains(id)) : null;
        return lost is null
            ? null
            : new FeatureChangeResult(FeatureChangeOutcome.Conflict,
                $"The platform tenant needs '{lost}' for its own administration, so it cannot be disabled there.", "disable", lost);
    }

    private static FeatureChangeResult Refused(FeatureChangeException ex, IReadOnlyList<string> enable) => new(
        ex.StatusCode == 409 ? FeatureChangeOutcome.Conflict : FeatureChangeOutcome.Invalid,
        ex.Message,
        enable.Contains(ex.FeatureId) ? "enable" : "disable",
        ex.FeatureId);
}
