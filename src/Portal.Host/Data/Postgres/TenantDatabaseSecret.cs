namespace Portal.Host.Data.Postgres;

/// <summary>
/// A tenant's PostgreSQL login on the platform store: its role and schema, and its password protected by the
/// host key ring (<see cref="Security.TenantPasswordProtector"/>); the plain password is never stored.
/// </summary>
public sealed class TenantDatabaseSecret
{
    public string TenantName { get; set; } = "";
    public string RoleName { get; set; } = "";
    public string SchemaName { get; set; } = "";
    public string ProtectedPassword { get; set; } = "";
    public DateTimeOffset CreatedUtc { get; set; }
}
