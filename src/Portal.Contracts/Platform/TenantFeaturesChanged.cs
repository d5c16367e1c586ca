namespace Portal.Contracts.Platform;

/// <summary>A tenant's enabled features changed; <see cref="EnabledFeatures"/> is the stored list after the change.</summary>
public sealed record TenantFeaturesChanged(string TenantId, string Tenant, string VersionId, IReadOnlyList<string> EnabledFeatures)
    : ITenantLifecycleEvent;
