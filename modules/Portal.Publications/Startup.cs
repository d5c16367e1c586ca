using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Publications.Attachments;
using Portal.Publications.Authoring;
using Portal.Publications.Attachments.Endpoints;
using Portal.Publications.Public;
using Portal.Publications.Recipes;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Endpoints;
using Portal.Publications.Search;

namespace Portal.Publications;

/// <summary>The publications module: its permissions, the reports' store and workflow, search, attachments and its recipe step.</summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Singleton: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddPublicationReports();
        services.AddPublicationSearch();
        services.AddPublicationAttachments();
        services.AddPublicReading();
        services.AddPublicationRecipes();
        services.AddPublicationAuthoring();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapReportsApi();
        routes.MapReleaseReviewsApi();
        routes.MapPublicReading();
        routes.MapAttachmentsApi();
    }
}
