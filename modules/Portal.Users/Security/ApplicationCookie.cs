using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Portal.Users.Security;

/// <summary>
/// Identity's sign-in cookie. People are sent to the tenant's sign-in and access-denied pages; API callers get a
/// 401 or 403 problem instead of a redirect to a page they cannot use. The host names the cookie after the tenant
/// (and makes it __Host- prefixed and Secure where TLS is in use). The ticket itself is kept server-side
/// (<see cref="UserSessionStore"/>). Every session ends after 15 idle minutes; one that used a second factor also
/// ends 12 hours after it began.
/// </summary>
internal static class ApplicationCookie
{
    public static readonly PathString LoginPath = "/account/login";
    public static readonly PathString LogoutPath = "/account/logout";
    public static readonly PathString AccessDeniedPath = "/account/access-denied";

    /// <summary>Idle time after which a session ends; each request in the second half of it renews the cookie.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = LoginPath;
        options.LogoutPath = LogoutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        // Plain HTTP in development and tests; with Portal:Cookies:Secure (the default) the host makes it Always.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        // Identity has set OnValidatePrincipal (the security stamp check) on this events object: keep it.
        var validateStamp = options.Events.OnValidatePrincipal;
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            RecordSessionFacts(context.Properties, context.Principal, Now(context.Options));
            if (context.Principal is not null)
            {
                SessionProperties.ApplyTo(context.Principal, context.Properties);
            }

            await signingIn(context);
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            if (HasOutlivedAbsoluteLimit(context.Properties, Now(context.Options)))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validateStamp(context);
            if (context.Principal is not null)
            {
                // The stamp check may have rebuilt the principal from the store: the second factor comes from the properties.
                SessionProperties.ApplyTo(context.Principal, context.Properties);
            }
        };

        var toLogin = options.Events.OnRedirectToLogin;
        var toAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context => IsApi(context.Request)
            ? WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in required",
                "Send a valid access token or sign in.")
            : toLogin(context);
        options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
            ? WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "You do not have access",
                "Your account does not have the permission this needs.")
            : toAccessDenied(context);
    }

    /// <summary>
    /// Notes when the session began and, for a sign-in that passed a second factor (Identity adds amr=mfa), when
    /// that was. A re-issue keeps its properties, so neither is moved by a refresh.
    /// </summary>
    internal static void RecordSessionFacts(AuthenticationProperties properties, System.Security.Claims.ClaimsPrincipal? principal, DateTimeOffset now)
    {
        if (SessionProperties.Read(properties, SessionProperties.StartedAtItem) is null)
        {
            SessionProperties.Write(properties, SessionProperties.StartedAtItem, now);
        }

        var passedSecondFactor = principal?.HasClaim(SessionProperties.AuthenticationMethodClaim, SessionProperties.MultiFactor) == true;
        if (passedSecondFactor && SessionProperties.Read(properties, SessionProperties.SecondFactorAtItem) is null)
        {
            SessionProperties.Write(properties, SessionProperties.SecondFactorAtItem, now);
        }
    }

    internal static bool HasOutlivedAbsoluteLimit(AuthenticationProperties properties, DateTimeOffset now) =>
        SessionProperties.Read(properties, SessionProperties.SecondFactorAtItem) is not null
        && SessionProperties.Read(properties, SessionProperties.StartedAtItem) is { } started
        && now - DateTimeOffset.FromUnixTimeSeconds(started) > SessionProperties.AbsoluteLimit;

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    // The tenant middleware has already moved the tenant's prefix into PathBase.
    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task WriteProblemAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, instance: http.Request.PathBase + http.Request.Path)
            .ExecuteAsync(http);
}
