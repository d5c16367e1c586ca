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

    /// <summary>
    /// Writes the read to the tenant's audit log (action = the endpoint, subject = its route values) with the outcome
    /// of the answer actually given: <paramref name="statusCode"/>, else the response's status. Call it once the
    /// answer is known, never before: an endpoint let in by the policy may still answer 403 or 404.
    /// </summary>
    public static Task AuditAsync(HttpContext context, int? statusCode = null)
    {
        var endpoint = context.GetEndpoint();
        var action = endpoint is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : endpoint?.DisplayName ?? context.Request.Path.Value ?? "";
        var values = context.GetRouteData().Values
            .Where(v => v.Key is not ("controller" or "action") && v.Value is not null)
            .Select(v => $"{v.Key}={v.Value}");
        var subject = string.Join("&", values);
        var status = statusCode ?? context.Response.StatusCode;
        var audit = context.RequestServices.GetRequiredService<IAuditLog>();
        return audit.WriteAsync(Entry(status, action, subject.Length == 0 ? null : subject), context.RequestAborted);
    }

    // Below 400 the content went out: a read. 401 and 403 are refusals (audited with the other refusals); any
    // other error (404, 500) is a read that failed, with no content given.
    private static AuditEntry Entry(int status, string action, string? subject) => status switch
    {
        < StatusCodes.Status400BadRequest => new AuditEntry(AuditCategories.SensitiveRead, action, AuditOutcome.Success, subject),
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden =>
            new AuditEntry(AuditCategories.Refusal, action, AuditOutcome.Refused, subject, $"answered {status}"),
        _ => new AuditEntry(AuditCategories.SensitiveRead, action, AuditOutcome.Failure, subject, $"answered {status}"),
    };
}
