using System.Net;

namespace Portal.Users.Tests.Support;

public static class Responses
{
    /// <summary>The cookie the tenant's sign-in sets (Identity's application cookie, named by the host per tenant).</summary>
    public static string SignInCookie(string tenant = "default") => $".portal.{tenant}.identity.application";

    public static bool SetsCookie(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) && values.Any(v => v.StartsWith(name + "=", StringComparison.Ordinal)
            && !v.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    public static bool ClearsCookie(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) && values.Any(v => v.StartsWith(name + "=", StringComparison.Ordinal)
            && v.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    /// <summary>The path and query a redirect points to (the cookie handler writes absolute URLs).</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found,
            $"Expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
