using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Web;

namespace Portal.Integration.Tests;

/// <summary>
/// Every context, for both providers, has a migration for each model change: a change without one would only
/// show when a tenant is activated in production.
/// </summary>
public sealed class MigrationsInSyncTests
{
    public static TheoryData<string> DesignTimeFactories()
    {
        var data = new TheoryData<string>();
        foreach (var type in FactoryTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DesignTimeFactories))]
    public void The_model_has_no_changes_without_a_migration(string factoryTypeName)
    {
        var factoryType = FactoryTypes().Single(t => t.FullName == factoryTypeName);
        var factory = Activator.CreateInstance(factoryType, nonPublic: true)!;
        var create = factoryType.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        using var context = (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name} has model changes without a migration.");
    }

    [Fact]
    public void Each_provider_of_each_store_has_a_design_time_factory()
    {
        var contexts = FactoryTypes().Select(t => t.GetInterfaces().Single(IsFactory).GetGenericArguments()[0].Name).ToList();
        Assert.Contains("PlatformSqliteDbContext", contexts);
        Assert.Contains("PlatformPostgresDbContext", contexts);
        Assert.Contains("UsersSqliteDbContext", contexts);
        Assert.Contains("UsersPostgresDbContext", contexts);
        Assert.Contains("TenantKeyRingDbContext", contexts); // PostgreSQL only: SQLite keeps key files
    }

    private static IEnumerable<Type> FactoryTypes() =>
        PortalModules.Assemblies.Append(typeof(Portal.Host.PortalOptions).Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(IsFactory))
            .OrderBy(t => t.FullName);

    private static bool IsFactory(Type i) => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>);
}
