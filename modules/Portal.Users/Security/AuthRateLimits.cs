using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;

namespace Portal.Users.Security;

/// <summary>
/// The "portal-auth" rate limits (one limiter set per tenant container): each client address may try
/// <see cref="PerAddressPerMinute"/> credentials a minute, and each account <see cref="PerAccountPerMinute"/>,
/// whatever address the attempts come from. Both can be set (<c>Portal:RateLimits:Auth:PerAddressPerMinute</c>,
/// <c>...:PerAccountPerMinute</c>); Development raises them, because the in-process test server has no client
/// address (every request shares one partition) and test suites sign in far more often than people do. Refusals are 429 with Retry-After: a problem for API callers, a
/// GOV.UK page for forms. Lockout after five wrong passwords or codes still applies beneath this.
/// </summary>
internal static class AuthRateLimits
{
    public const int PerAddressPerMinute = 20;
    public const int PerAccountPerMinute = 10;
    public const string PerAddressSetting = "Portal:RateLimits:Auth:PerAddressPerMinute";
    public const string PerAccountSetting = "Portal:RateLimits:Auth:PerAccountPerMinute";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Form fields that name the account being tried: the sign-in form's, and OAuth's password and client grants.
    private static readonly string[] AccountFields = ["Email", "username", "client_id"];

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        var perAddress = Math.Max(1, configuration.GetValue(PerAddressSetting, PerAddressPerMinute));
        var perAccount = Math.Max(1, configuration.GetValue(PerAccountSetting, PerAccountPerMinute));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(RateLimitPolicies.Auth, context => RateLimitPartition.GetFixedWindowLimiter(
            "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => Limits(perAddress)));

        // Every endpoint passes the global limiter; only "portal-auth" endpoints are limited per account there.
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            AccountOf(context) is { } account
                ? RateLimitPartition.GetFixedWindowLimiter("account:" + account, _ => Limits(perAccount))
                : RateLimitPartition.GetNoLimiter(""));
        options.OnRejected = RejectAsync;
    }

    /// <summary>
    /// Reads the form of a "portal-auth" POST before the limiter runs: the limiter's partition is chosen
    /// synchronously, and the account is in the body.
    /// </summary>
    public static async Task BufferFormAsync(HttpContext context, RequestDelegate next)
    {
        if (IsAuthEndpoint(context) && context.Request.HasFormContentType)
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }

        await next(context);
    }

    private static string? AccountOf(HttpContext context)
    {
        if (!IsAuthEndpoint(context))
        {
            return null;
        }

        if (context.Request.HasFormContentType && context.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form)
        {
            foreach (var field in AccountFields)
            {
                if (form.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value))
                {
                    return value.ToString().Trim().ToUpperInvariant();
                }
            }
        }

        // Step-up: the signed-in person.
        return context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : null;
    }

    private static bool IsAuthEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicies.Auth;

    private static FixedWindowRateLimiterOptions Limits(int permits) => new()
    {
        PermitLimit = permits,
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (http.Request.HasFormContentType && !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/connect"))
        {
            var page = new ViewResult { ViewName = "~/Views/Account/TooManyAttempts.cshtml", StatusCode = StatusCodes.Status429TooManyRequests };
            await page.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
            return;
        }

        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: "Wait before trying again.", instance: http.Request.PathBase + http.Request.Path)
            .ExecuteAsync(http);
    }
}
