namespace Portal.Benchmarks.Events;

/// <summary>The store a portal of the events benchmark runs on: SQLite files, or a PostgreSQL database of the run's own.</summary>
/// <param name="Name">What the results call it.</param>
/// <param name="TenantRolePrefix">The run's own tenant-role prefix on PostgreSQL (roles are cluster-wide); null on SQLite.</param>
public sealed record EventStore(string Name, string Provider, string ConnectionString, string? TenantRolePrefix)
{
    public static EventStore Sqlite { get; } = new("SQLite", "Sqlite", "", null);

    public static EventStore Postgres(string connectionString, string tenantRolePrefix) =>
        new("PostgreSQL", "Postgres", connectionString, tenantRolePrefix);
}
