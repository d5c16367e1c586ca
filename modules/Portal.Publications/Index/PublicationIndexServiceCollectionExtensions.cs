using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Navigation;
using Portal.Contracts.Publications;
using Portal.Publications.Index.Data;
using Portal.Publications.Index.Events;
using Portal.Publications.Index.Navigation;
using Portal.Publications.Index.Services;

namespace Portal.Publications.Index;

/// <summary>Registers the platform's index: its store, search, menu entry, and the consent and handlers of the forces' publication events.</summary>
public static class PublicationIndexServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationIndex(this IServiceCollection services)
    {
        services.AddTenantDbContext<PublicationIndexDbContext, PublicationIndexSqliteDbContext, PublicationIndexPostgresDbContext>(PublicationIndexDbContext.Module);
        services.AddScoped<PublicationIndexSearch>();
        services.AddScoped<INavigationProvider, PublicationIndexNavigation>();

        // Without this feature the platform admits no publication event: the host rejects and parks them.
        services.AddScoped<PublicationIndexAdmission>();
        services.AddScoped<ICrossTenantAdmission<PublicationPublished>>(sp => sp.GetRequiredService<PublicationIndexAdmission>());
        services.AddScoped<ICrossTenantAdmission<PublicationWithdrawn>>(sp => sp.GetRequiredService<PublicationIndexAdmission>());
        services.AddScoped<PublicationIndexHandler>();
        services.AddScoped<IIntegrationEventHandler<PublicationPublished>>(sp => sp.GetRequiredService<PublicationIndexHandler>());
        services.AddScoped<IIntegrationEventHandler<PublicationWithdrawn>>(sp => sp.GetRequiredService<PublicationIndexHandler>());
        return services;
    }
}
