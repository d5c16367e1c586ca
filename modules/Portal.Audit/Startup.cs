using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Audit.Data;
using Portal.Audit.Endpoints;
using Portal.Audit.Navigation;
using Portal.Audit.Services;

namespace Portal.Audit;

/// <summary>The tenant's audit log (the IAuditLog every module writes to), its search and export API and admin pages.</summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<AuditDbContext, AuditSqliteDbContext, AuditPostgresDbContext>(AuditDbContext.Module);
        // A singleton of the tenant container: one lock per tenant.
        services.AddSingleton<AuditWriteLock>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<AuditVerifier>();
        // Singletons: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AuditAdminMenu>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapAuditApi();
}
