using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Security;
using Portal.Publications.Sensitive.Data;
using Portal.Publications.Sensitive.Services;

namespace Portal.Publications.Sensitive;

/// <summary>Registers Part 2: the grants' store, the grants and the one reader of Part 2.</summary>
public static class SensitiveServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationsPart2(this IServiceCollection services)
    {
        services.AddTenantDbContext<SensitiveDbContext, SensitiveSqliteDbContext, SensitivePostgresDbContext>(SensitiveDbContext.Module);
        services.AddScoped<ReportAccessGrants>();
        services.AddScoped<Part2Reader>();
        services.AddScoped<WorkingPart2Reader>();
        services.AddScoped<IUserDeletionHandler, GrantsOfDeletedUsers>();
        return services;
    }
}
