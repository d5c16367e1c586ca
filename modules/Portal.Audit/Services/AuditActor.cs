using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Portal.Audit.Services;

/// <summary>Who and where an entry comes from, when the caller does not say: the signed-in user or client of the request.</summary>
public static class AuditActor
{
    public const string Anonymous = "anonymous";
    public const string System = "system";

    /// <summary>
    /// A person by email (else name), a client (a token with a client id and no person) as "client:&lt;id&gt;", else the
    /// subject id; "anonymous" for a request without a signed-in user, "system" outside any request.
    /// </summary>
    public static string Of(HttpContext? http)
    {
        if (http is null)
        {
            return System;
        }

        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var person = First(user, ClaimTypes.Email, "email", ClaimTypes.Name, "name");
        if (person is not null)
        {
            return person;
        }

        var client = First(user, "client_id", "azp");
        if (client is not null)
        {
            return "client:" + client;
        }

        return First(user, "sub", ClaimTypes.NameIdentifier) ?? Anonymous;
    }

    public static string? RemoteAddressOf(HttpContext? http) => http?.Connection.RemoteIpAddress?.ToString();

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
