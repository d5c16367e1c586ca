using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Abstractions.Modules;
using Portal.Host.Web;

namespace Portal.Host.Shell;

/// <summary>
/// One middleware pipeline per tenant: errors, static files, routing, rate limits, authentication, authorization,
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

        // Before authentication: a request over its limit is refused before any credential is checked (the token
        // endpoint checks client secrets during authentication). Limiters that partition by the account named in a
        // form need that form read first. Only endpoints with a rate-limiting policy are limited (the global limiter
        // too partitions only those), so every other request skips both steps: on a busy API they cost more than the
        // endpoint's own authorization.
        app.UseWhen(HasRateLimitingPolicy, limited =>
        {
            limited.UseMiddleware<RateLimitedFormReader>();
            limited.UseRateLimiter();
        });
        app.UseMiddleware<TenantAuthenticationMiddleware>();
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

    private static bool HasRateLimitingPolicy(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && metadata.GetMetadata<EnableRateLimitingAttribute>() is not null
        && metadata.GetMetadata<DisableRateLimitingAttribute>() is null;
}
