using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Host.Health;

/// <summary>
/// /health/live (the process answers) and /health/ready (each configured dependency, by name). They sit in
/// front of tenant resolution, on the host, and are on the explicit anonymous list.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    // Not async itself: every other request passes straight through to the tenants.
    public static IApplicationBuilder UsePortalHealth(this IApplicationBuilder app) => app.Use(next => context =>
    {
        var path = context.Request.Path;
        if (path.Equals("/health/live", StringComparison.OrdinalIgnoreCase))
        {
            return WriteAsync(context, HealthStatus.Healthy, []);
        }

        return path.Equals("/health/ready", StringComparison.OrdinalIgnoreCase) ? ReadyAsync(context) : next(context);
    });

    private static async Task ReadyAsync(HttpContext context)
    {
        var service = context.RequestServices.GetRequiredService<HealthCheckService>();
        var report = await service.CheckHealthAsync(r => r.Tags.Contains(ReadyTag), context.RequestAborted);
        await WriteAsync(context, report.Status, report.Entries.Select(e => (e.Key, e.Value.Status, e.Value.Description)));
    }

    private static async Task WriteAsync(HttpContext context, HealthStatus status, IEnumerable<(string Name, HealthStatus Status, string? Description)> entries)
    {
        context.Response.StatusCode = status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = status.ToString(),
            checks = entries.Select(e => new { name = e.Name, status = e.Status.ToString(), description = e.Description }),
        }, cancellationToken: context.RequestAborted);
    }
}
