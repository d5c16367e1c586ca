using System.Data.Common;

namespace Portal.Host.Data.Postgres;

/// <summary>
/// Defaults for <c>Portal:Database:ConnectionString</c> (and so for every tenant's connection, built from it):
/// opening a connection gives up after a few seconds, so a stopped database costs a request a quick 503 rather
/// than a hang. A value the operator wrote in the connection string wins.
/// </summary>
internal static class PostgresConnectionDefaults
{
    public const int ConnectTimeoutSeconds = 3;

    public static void Apply(PortalOptions options)
    {
        if (!string.Equals(options.Database.Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            return;
        }

        // The plain builder: it only tells whether the key was written (Npgsql's would report its default of 15 s).
        var builder = new DbConnectionStringBuilder { ConnectionString = options.Database.ConnectionString };
        if (!builder.ContainsKey("Timeout"))
        {
            builder["Timeout"] = ConnectTimeoutSeconds;
            options.Database.ConnectionString = builder.ConnectionString;
        }
    }
}
