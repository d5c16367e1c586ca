namespace Portal.Contracts.Platform;

/// <summary>A tenant was switched off: its requests get 503 and its messages are no longer handled.</summary>
public sealed record TenantDisabled(string TenantId, string Tenant, string VersionId) : ITenantLifecycleEvent;
