namespace Portal.Abstractions.Shell;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Where the current tenant's store is. Registered by the host in every tenant container. On PostgreSQL the
/// connection string carries the tenant role's password, so it is left out of <see cref="ToString"/> (a record
/// would otherwise print it wherever the value is logged).
/// </summary>
public sealed record TenantDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public override string ToString() => $"TenantDatabase {{ Provider = {Provider} }}";
}
