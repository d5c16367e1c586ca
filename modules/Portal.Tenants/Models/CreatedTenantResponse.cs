namespace Portal.Tenants.Models;

/// <summary>
/// The 201 answer to creating a tenant: the tenant, plus its first administrator's generated password. The
/// password is shown here once and stored nowhere but as the user's hash; it is never logged.
/// </summary>
public sealed record CreatedTenantResponse : TenantResponse
{
    public required string AdminEmail { get; init; }
    public required string InitialAdminPassword { get; init; }
}
