using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Portal.Users.Security;

/// <summary>
/// Identity's sign-in cookie. People are sent to the tenant's sign-in and access-denied pages; API callers get a
/// 401 or 403 problem instead of a redirect to a page they cannot use. The host names the cookie after the tenant.
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
        // Plain HTTP in development and tests; behind TLS in production the cookie is Secure because the request is.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        // Identity has set OnValidatePrincipal (the security stamp check) on this events object: keep it.
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

    // The tenant middleware has already moved the tenant's prefix into PathBase.
    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task WriteProblemAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, instance: http.Request.PathBase + http.Request.Path)
            .ExecuteAsync(http);
}
