using Npgsql;
using Portal.Host.Data.Postgres;

namespace Portal.Host.Tests.Data;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_without_a_connect_timeout_gives_up_after_three_seconds()
    {
        var options = Postgres("Host=db;Database=portal;Username=portal;Password=secret");
        PostgresConnectionDefaults.Apply(options);
        var built = new NpgsqlConnectionStringBuilder(options.Database.ConnectionString);
        Assert.Equal(PostgresConnectionDefaults.ConnectTimeoutSeconds, built.Timeout);
        Assert.Equal("secret", built.Password);
    }

    [Theory]
    [InlineData("Host=db;Timeout=20")]
    [InlineData("Host=db;timeout=20")]
    public void The_operators_timeout_wins(string connectionString)
    {
        var options = Postgres(connectionString);
        PostgresConnectionDefaults.Apply(options);
        Assert.Equal(20, new NpgsqlConnectionStringBuilder(options.Database.ConnectionString).Timeout);
    }

    [Fact]
    public void Sqlite_is_left_alone()
    {
        var options = new PortalOptions { Database = { Provider = "Sqlite", ConnectionString = "Data Source=x.db" } };
        PostgresConnectionDefaults.Apply(options);
        Assert.Equal("Data Source=x.db", options.Database.ConnectionString);
    }

    private static PortalOptions Postgres(string connectionString) =>
        new() { Database = { Provider = "Postgres", ConnectionString = connectionString } };
}
