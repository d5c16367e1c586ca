using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Reports;

/// <summary>Registers the reports: their store, the Markdown renderer and the read interfaces the public and sensitive sides use.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationReports(this IServiceCollection services)
    {
        services.AddTenantDbContext<PublicationsDbContext, PublicationsSqliteDbContext, PublicationsPostgresDbContext>(PublicationsDbContext.Module);
        services.AddSingleton<SafeMarkdown>();
        services.AddScoped<IPublishedReports, PublishedReports>();
        services.AddScoped<ISensitiveParts, SensitiveParts>();
        services.AddScoped<PublicationRecorder>();
        services.AddSingleton<PublicationStamp>();
        services.AddScoped<ReportAuthoring>();
        services.AddScoped<ReleaseReviews>();
        return services;
    }
}
