using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>Registers the public text search: the full-text engine of the tenant's database provider.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationSearch(this IServiceCollection services)
    {
        // Chosen per scope from the context's provider: the tenant's settings decide SQLite or PostgreSQL.
        services.TryAddScoped<IReportTextSearch>(sp =>
        {
            var db = sp.GetRequiredService<PublicationsDbContext>();
            if (db.Database.IsSqlite())
            {
                return new SqliteFullTextSearch(db);
            }

            return db.Database.IsNpgsql()
                ? new PostgresFullTextSearch(db)
                : throw new NotSupportedException($"Public search has no full-text engine for {db.Database.ProviderName}: the portal stores tenants on SQLite or PostgreSQL.");
        });
        return services;
    }
}
