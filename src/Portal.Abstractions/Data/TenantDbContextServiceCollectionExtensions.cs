using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;

namespace Portal.Abstractions.Data;

public static class TenantDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's context in the tenant container: <typeparamref name="TContext"/> is what code injects;
    /// the provider subclass that matches the tenant's store (with its own migrations) is what gets built.
    /// Each module keeps its own migrations history table, named after <paramref name="module"/>.
    /// The host migrates every registered context when the tenant is activated.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string module)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var database = services.FindInstance<TenantDatabase>()
            ?? throw new InvalidOperationException("AddTenantDbContext runs only inside a tenant container.");
        var historyTable = MigrationsHistory.TableFor(module);

        // Options are deliberately built from plain values only: per-tenant service instances in the options
        // would make EF Core build one internal provider per tenant (and throw after twenty). Being plain values,
        // they are built once per tenant container (a singleton) rather than again for every request's context.
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<TContext, TPostgres>(o => o.UseNpgsql(database.ConnectionString,
                x => x.MigrationsHistoryTable(historyTable)), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        }
        else
        {
            services.AddDbContext<TContext, TSqlite>(o => o.UseSqlite(database.ConnectionString,
                x => x.MigrationsHistoryTable(historyTable)).AddInterceptors(SqliteConnectionSetup.Instance),
                ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        }

        services.AddSingleton(new TenantDbContextRegistration(typeof(TContext), module));
        return services;
    }

    private static T? FindInstance<T>(this IServiceCollection services) where T : class =>
        services.LastOrDefault(d => d.ServiceType == typeof(T) && d.ImplementationInstance is not null)
            ?.ImplementationInstance as T;
}
