using Microsoft.AspNetCore.Diagnostics;

namespace Portal.Host.Web;

/// <summary>Bodies for empty 4xx/5xx answers: problem+json for API callers, a page for people.</summary>
internal static class StatusCodePageWriter
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        // An API caller (a client with a token, usually) is told what to send; a person what to do.
        var api = ProblemWriter.WantsJson(http.Request);
        var (title, detail) = http.Response.StatusCode switch
        {
            400 => ("The request is not valid", "Check what was sent and try again."),
            404 => ("Page not found", "If you typed the web address, check it is correct."),
            401 => ("Sign in required", api ? "Send a valid access token or sign in." : "You need to sign in to see this."),
            403 => ("You do not have access", api
                ? "Your account or access token does not have the permission or scope this needs."
                : "Your account does not have permission to see this."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            415 => ("Unsupported media type", "Send the request body as application/json."),
            429 => ("Too many requests", "Wait a moment before trying again."),
            _ => ("Something went wrong", null),
        };
        var status = http.Response.StatusCode;
        return ProblemWriter.WriteAsync(http, status, title, detail);
    }
}
