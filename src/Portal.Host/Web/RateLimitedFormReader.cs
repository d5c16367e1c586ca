using Microsoft.AspNetCore.Http;

namespace Portal.Host.Web;

/// <summary>
/// Reads the form of a POST to a rate-limited endpoint before the limiter runs (the tenant's pipeline runs both only
/// for endpoints with a rate-limiting policy): a limiter picks its partition synchronously, and the account it
/// partitions by (an email, a client id) is in the body.
/// </summary>
internal sealed class RateLimitedFormReader(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }

        await next(context);
    }
}
