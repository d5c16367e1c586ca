using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Portal.Abstractions.Modules;
using Portal.Host.Web;

namespace Portal.Host.Shell;

/// <summary>
/// One middleware pipeline per tenant: errors, static files, routing, authentication, authorization,
/// antiforgery, output cache, then each feature's <see cref="StartupBase.Configure"/>, then the endpoints.
/// </summary>
internal static class ShellPipelineBuilder
{
    public static RequestDelegate Build(IServiceProvider tenantServices, IServer server, IReadOnlyList<StartupBase> startups)
    {
        var app = new ApplicationBuilder(tenantServices, server.Features);
        app.UseMiddleware<TenantErrorMiddleware>();
        app.UseStatusCodePages(StatusCodePageWriter.WriteAsync);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<UnprotectedEndpointGuard>();
        app.UseAntiforgery();
        app.UseOutputCache();

        // Startups may add middleware here: UseEndpoints runs this callback before it adds the endpoint middleware.
        app.UseEndpoints(routes =>
        {
            foreach (var startup in startups)
            {
                startup.Configure(app, routes, tenantServices);
            }

            routes.MapControllers();
            routes.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        });

        return app.Build();
    }
}
