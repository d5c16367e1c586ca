using Portal.Abstractions.Shell;

namespace Portal.Tenants.Services;

/// <summary>The tenant after a disable or enable; or not found; or refused with the reason (a conflict).</summary>
public sealed record TenantStateChangeResult(ShellSettings? Tenant, bool NotFound = false, string? Refusal = null)
{
    public bool Succeeded => Tenant is not null && Refusal is null;
}
