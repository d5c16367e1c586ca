using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
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
/// <c>...:PerAccountPerMinute</c>). The "portal-token" limits work the same way for the OAuth token endpoint, per
/// client address and per client id, with higher defaults (systems call it). The host runs the limiter before
/// authentication and reads the form first. Refusals are 429 with Retry-After: a problem for API callers, a
/// GOV.UK page for forms. Lockout after five wrong passwords or codes still applies beneath this.
/// The counts come from <see cref="ISharedRateLimiterFactory"/>: shared by every node through Redis when it is
/// configured, so running more nodes does not multiply anyone's allowance.
/// </summary>
internal static class AuthRateLimits
{
    public const int PerAddressPerMinute = 20;
    public const int PerAccountPerMinute = 10;
    public const string PerAddressSetting = "Portal:RateLimits:Auth:PerAddressPerMinute";
    public const string PerAccountSetting = "Portal:RateLimits:Auth:PerAccountPerMinute";
    public const int TokenPerAddressPerMinute = 600;
    public const int TokenPerClientPerMinute = 600;
    public const string TokenPerAddressSetting = "Portal:RateLimits:Token:PerAddressPerMinute";
    public const string TokenPerClientSetting = "Portal:RateLimits:Token:PerClientPerMinute";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Form fields that name the account being tried: the sign-in form's, and OAuth's password and client grants.
    private static readonly string[] AccountFields = ["Email", "username", "client_id"];

    public static void Configure(RateLimiterOptions options, IConfiguration configuration, ISharedRateLimiterFactory limiters)
    {
        var perAddress = Math.Max(1, configuration.GetValue(PerAddressSetting, PerAddressPerMinute));
        var perAccount = Math.Max(1, configuration.GetValue(PerAccountSetting, PerAccountPerMinute));
        var tokenPerAddress = Math.Max(1, configuration.GetValue(TokenPerAddressSetting, TokenPerAddressPerMinute));
        var tokenPerClient = Math.Max(1, configuration.GetValue(TokenPerClientSetting, TokenPerClientPerMinute));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(RateLimitPolicies.Auth, context => SharedWindow(limiters,
            "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), perAddress));
        options.AddPolicy(RateLimitPolicies.Token, context => SharedWindow(limiters,
            "token-address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), tokenPerAddress));

        // The credential endpoints are limited per account here as well. The host runs the limiters only for endpoints
        // with a rate-limiting policy, so this sees only those; any other policy's endpoints pass it.
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            (PolicyOf(context), AccountOf(context)) switch
            {
                (RateLimitPolicies.Auth, { } account) => SharedWindow(limiters, "account:" + account, perAccount),
                (RateLimitPolicies.Token, { } client) => SharedWindow(limiters, "client:" + client, tokenPerClient),
                _ => RateLimitPartition.GetNoLimiter(""),
            });
        options.OnRejected = RejectAsync;
    }

    private static string? AccountOf(HttpContext context)
    {
        if (PolicyOf(context) is null)
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

        // Step-up: the signed-in person's session. The limiter runs before authentication, so the session is known
        // by its cookie (hashed: the key is never kept); without a session, step-up refuses anyway.
        var session = context.Request.Cookies.FirstOrDefault(c => c.Key.EndsWith(IdentityConstants.ApplicationScheme, StringComparison.OrdinalIgnoreCase));
        return session.Value is { Length: > 0 } cookie
            ? "session:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(cookie)))
            : null;
    }

    private static string? PolicyOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is var policy && policy is RateLimitPolicies.Auth or RateLimitPolicies.Token
            ? policy
            : null;

    private static RateLimitPartition<string> SharedWindow(ISharedRateLimiterFactory limiters, string partitionKey, int permits) =>
        RateLimitPartition.Get(partitionKey, key => limiters.CreateFixedWindow(key, permits, Window));

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
