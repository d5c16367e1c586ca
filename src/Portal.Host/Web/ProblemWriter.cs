using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Host.Web;

/// <summary>Writes RFC 9457 problem details, or a plain accessible HTML page for a browser.</summary>
public static class ProblemWriter
{
    public static bool WantsJson(HttpRequest request) => WantsJson(request, request.Path);

    /// <param name="pathInTenant">The path as the tenant sees it (without its prefix), when that is not yet <c>request.Path</c>.</param>
    public static bool WantsJson(HttpRequest request, PathString pathInTenant) =>
        pathInTenant.StartsWithSegments("/api") || pathInTenant.StartsWithSegments("/connect")
        || request.Headers.Accept.Any(a => a is not null && (a.Contains("json", StringComparison.OrdinalIgnoreCase)))
        && !request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    /// <param name="asJson">Problem JSON or a page; by default chosen from the request.</param>
    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail = null, int? retryAfterSeconds = null,
        bool? asJson = null)
    {
        // A challenge's WWW-Authenticate (RFC 6750 for bearer tokens) and a rate limit's Retry-After are part of
        // the answer: keep them.
        var challenge = context.Response.Headers.WWWAuthenticate;
        var retryAfter = context.Response.Headers.RetryAfter;
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (challenge.Count > 0)
        {
            context.Response.Headers.WWWAuthenticate = challenge;
        }

        if (retryAfter.Count > 0)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (asJson ?? WantsJson(context.Request))
        {
            var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.PathBase + context.Request.Path };
            problem.Extensions["traceId"] = context.TraceIdentifier;
            context.Response.ContentType = "application/problem+json";
            await JsonSerializer.SerializeAsync(context.Response.Body, problem, ProblemJson.Options, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(SimplePage.Render(title, detail, context.Request.PathBase), context.RequestAborted);
    }

    /// <summary>400 with RFC 9457 field errors: <c>{"errors": {"field": ["reason"]}}</c>.</summary>
    public static async Task WriteValidationAsync(HttpContext context, IDictionary<string, string[]> errors)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/problem+json";
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
            Instance = context.Request.PathBase + context.Request.Path,
        };
        problem.Extensions["traceId"] = context.TraceIdentifier;
        await JsonSerializer.SerializeAsync(context.Response.Body, problem, ProblemJson.Options, context.RequestAborted);
    }
}
