using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Host.Data.Postgres;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection string is a placeholder.
internal sealed class TenantKeyRingDesignTimeFactory : IDesignTimeDbContextFactory<TenantKeyRingDbContext>
{
    public TenantKeyRingDbContext CreateDbContext(string[] args) => new(TenantKeyRingDbContext.OptionsFor("Host=localhost;Database=design"));
}
