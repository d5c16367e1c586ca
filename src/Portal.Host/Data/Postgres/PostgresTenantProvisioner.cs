using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Host.Security;
using Portal.Host.Shell;

namespace Portal.Host.Data.Postgres;

/// <summary>
/// Creates and drops a tenant's login role and schema through the provisioning connection
/// (<c>Portal:Database:ConnectionString</c>, a role with LOGIN CREATEROLE CREATEDB, not a superuser). The role
/// owns its schema, has its search_path set to it, and has no right on any other schema (not <c>public</c>, not
/// <c>platform</c>, not another tenant's). Every step is idempotent, so a retried setup completes.
/// </summary>
[HostOnly]
internal sealed class PostgresTenantProvisioner(
    PlatformStore store,
    TenantPasswordProtector protector,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<PostgresTenantProvisioner> logger)
{
    private string ProvisioningConnectionString => options.Value.Database.ConnectionString
        ?? throw new InvalidOperationException("Portal:Database:ConnectionString is required when Portal:Database:Provider is Postgres.");

    public string IdentifierFor(string tenantName) => TenantSchemaNames.For(tenantName, options.Value.Database.TenantRolePrefix);

    /// <summary>The tenant's connection: the provisioning connection with the tenant role's name and password.</summary>
    public string? ConnectionStringFor(string tenantName)
    {
        using var db = store.CreatePostgresContext();
        var secret = db.TenantDatabaseSecrets.AsNoTracking().FirstOrDefault(s => s.TenantName == tenantName);
        return secret is null ? null : Build(secret.RoleName, protector.Unprotect(secret.ProtectedPassword));
    }

    /// <summary>Before setup provisioned it there is no password: a connection string that can only fail to log in.</summary>
    public string UnprovisionedConnectionStringFor(string tenantName) => Build(IdentifierFor(tenantName), null);

    public async Task ProvisionAsync(string tenantName, CancellationToken cancellationToken)
    {
        var name = IdentifierFor(tenantName);
        var role = TenantSchemaNames.Quote(name);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        await using (var connection = await OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var database = TenantSchemaNames.Quote(await ScalarAsync<string>(connection, "SELECT current_database()", null, cancellationToken));
            var exists = await RoleExistsAsync(connection, name, cancellationToken);
            // The verifier, not the password, goes over the wire: nothing secret can land in a server or client log.
            var verifier = ScramVerifier.For(password);
            if (exists)
            {
                // A retried setup: the role is ours from the first attempt (checked), only its password changes.
                await RefusePowerfulRoleAsync(connection, name, cancellationToken);
                await ExecuteAsync(connection, $"ALTER ROLE {role} WITH LOGIN NOINHERIT PASSWORD '{verifier}'", cancellationToken);
            }
            else
            {
                await ExecuteAsync(connection, $"CREATE ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE " +
                    $"NOINHERIT NOREPLICATION NOBYPASSRLS PASSWORD '{verifier}'", cancellationToken);
            }

            // Membership lets the provisioning role create the schema for the tenant role, and later drop both.
            await ExecuteAsync(connection, $"GRANT {role} TO CURRENT_USER", cancellationToken);
            await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {role} AUTHORIZATION {role}", cancellationToken);
            await ExecuteAsync(connection, $"ALTER SCHEMA {role} OWNER TO {role}", cancellationToken);
            await ExecuteAsync(connection, $"REVOKE ALL ON SCHEMA {role} FROM PUBLIC", cancellationToken);
            await ExecuteAsync(connection, $"ALTER ROLE {role} SET search_path TO {role}", cancellationToken);
            // Nobody gets a right by being PUBLIC: no connecting, no temporary tables, nothing created in public.
            // Only the tenant's own role may connect (besides the owner, the provisioning role).
            await ExecuteAsync(connection, $"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC", cancellationToken);
            await ExecuteAsync(connection, "REVOKE CREATE ON SCHEMA public FROM PUBLIC", cancellationToken);
            await ExecuteAsync(connection, $"GRANT CONNECT ON DATABASE {database} TO {role}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await SaveSecretAsync(tenantName, name, protector.Protect(password), cancellationToken);
        logger.LogInformation("Tenant {Tenant}: PostgreSQL role and schema {Schema} are in place", tenantName, name);
    }

    /// <summary>Drops the tenant's schema (with everything in it) and its role, and forgets its password.</summary>
    public async Task DropAsync(string tenantName, CancellationToken cancellationToken)
    {
        var name = IdentifierFor(tenantName);
        var role = TenantSchemaNames.Quote(name);

        // The tenant's own pool would keep sessions of the role open.
        if (ConnectionStringFor(tenantName) is { } tenantConnection)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(tenantConnection));
        }

        await using (var connection = await OpenAsync(cancellationToken))
        {
            var exists = await RoleExistsAsync(connection, name, cancellationToken);
            if (exists)
            {
                await ExecuteAsync(connection, $"GRANT {role} TO CURRENT_USER", cancellationToken);
                // Sessions of another node still open on the role would hold locks the DROP waits for.
                await ScalarAsync<object>(connection, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = @role",
                    name, cancellationToken);
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, $"DROP SCHEMA IF EXISTS {role} CASCADE", cancellationToken);
            if (exists)
            {
                // Revokes its CONNECT on this database and anything else it still owns here; then the role can go.
                await ExecuteAsync(connection, $"DROP OWNED BY {role} CASCADE", cancellationToken);
                await ExecuteAsync(connection, $"DROP ROLE IF EXISTS {role}", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await using var db = store.CreatePostgresContext();
        await db.TenantDatabaseSecrets.Where(s => s.TenantName == tenantName).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Tenant {Tenant}: PostgreSQL schema and role {Schema} are dropped", tenantName, name);
    }

    private async Task SaveSecretAsync(string tenantName, string name, string protectedPassword, CancellationToken cancellationToken)
    {
        await using var db = store.CreatePostgresContext();
        var secret = await db.TenantDatabaseSecrets.FirstOrDefaultAsync(s => s.TenantName == tenantName, cancellationToken);
        if (secret is null)
        {
            secret = new TenantDatabaseSecret { TenantName = tenantName, CreatedUtc = clock.GetUtcNow() };
            db.TenantDatabaseSecrets.Add(secret);
        }

        secret.RoleName = name;
        secret.SchemaName = name;
        secret.ProtectedPassword = protectedPassword;
        await db.SaveChangesAsync(cancellationToken);
    }

    private string Build(string role, string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder(ProvisioningConnectionString) { Username = role, Password = password };
        return builder.ConnectionString;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ProvisioningConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    // Only a non-superuser may change these attributes; a role of that name that has them was not made here.
    private static async Task RefusePowerfulRoleAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        var powerful = await ScalarAsync<object>(connection,
            "SELECT 1 FROM pg_roles WHERE rolname = @role AND (rolsuper OR rolreplication OR rolbypassrls OR rolcreaterole OR rolcreatedb)",
            name, cancellationToken);
        if (powerful is not null)
        {
            throw new InvalidOperationException($"A PostgreSQL role named {name} exists with powers no tenant role has; it was not made by the portal.");
        }
    }

    private static async Task<bool> RoleExistsAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken) =>
        await ScalarAsync<object>(connection, "SELECT 1 FROM pg_roles WHERE rolname = @role", name, cancellationToken) is not null;

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, string? role, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (role is not null)
        {
            command.Parameters.AddWithValue("role", role);
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
