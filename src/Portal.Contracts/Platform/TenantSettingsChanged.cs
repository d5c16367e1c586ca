namespace Portal.Contracts.Platform;

/// <summary>
/// Any other change of a tenant's stored settings (re-enabled, set up, renamed, new host names): other nodes must
/// not keep serving the old settings either.
/// </summary>
public sealed record TenantSettingsChanged(string TenantId, string Tenant, string VersionId, string State) : ITenantLifecycleEvent;
