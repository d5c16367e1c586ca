namespace Portal.Contracts.Platform;

/// <summary>A tenant was added to the platform store (not yet set up).</summary>
public sealed record TenantCreated(string TenantId, string Tenant, string VersionId, string? UrlPrefix) : ITenantLifecycleEvent;
