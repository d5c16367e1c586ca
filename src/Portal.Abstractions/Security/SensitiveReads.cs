using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Audit;

namespace Portal.Abstractions.Security;

/// <summary>What every OFFICIAL-SENSITIVE answer gets: no copy kept by browsers or proxies, and one audit entry per read.</summary>
public static class SensitiveReads
{
    /// <summary>Tells browsers and proxies to keep no copy (also used on refusals of sensitive endpoints).</summary>
    public static void MarkNoStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    /// <summary>Writes the read to the tenant's audit log: action = the endpoint, subject = its route values.</summary>
    public static Task AuditAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var action = endpoint is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : endpoint?.DisplayName ?? context.Request.Path.Value ?? "";
        var values = context.GetRouteData().Values
            .Where(v => v.Key is not ("controller" or "action") && v.Value is not null)
            .Select(v => $"{v.Key}={v.Value}");
        var subject = string.Join("&", values);
        var audit = context.RequestServices.GetRequiredService<IAuditLog>();
        return audit.WriteAsync(
            new AuditEntry(AuditCategories.SensitiveRead, action, AuditOutcome.Success, subject.Length == 0 ? null : subject),
            context.RequestAborted);
    }
}
