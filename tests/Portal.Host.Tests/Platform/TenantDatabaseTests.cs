using Portal.Abstractions.Shell;

namespace Portal.Host.Tests.Platform;

public sealed class TenantDatabaseTests
{
    [Fact]
    public void Printing_a_tenant_database_never_shows_its_connection_string()
    {
        var database = new TenantDatabase(DatabaseProvider.Postgres, "Host=db;Username=tenant_met;Password=s3cr3t-value");

        Assert.DoesNotContain("s3cr3t-value", database.ToString());
        Assert.Contains("Postgres", database.ToString());
    }
}
