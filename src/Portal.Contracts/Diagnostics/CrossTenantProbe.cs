namespace Portal.Contracts.Diagnostics;

/// <summary>
/// A tenant's probe to another tenant: proves the path between tenants (outbox of the source → broker → admission
/// and inbox of the target) end to end. No shipped module admits it, so outside the tests it is always rejected;
/// the host's handler changes nothing but the inbox row.
/// </summary>
public sealed record CrossTenantProbe(string TenantId, string SourceTenant, string TargetTenant, Guid ProbeId, DateTimeOffset SentUtc) : ICrossTenantEvent;
