namespace Portal.Abstractions.Shell;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Where the current tenant's store is. Registered by the host in every tenant container.</summary>
public sealed record TenantDatabase(DatabaseProvider Provider, string ConnectionString);
