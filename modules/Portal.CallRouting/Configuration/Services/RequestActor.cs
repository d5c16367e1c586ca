using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Who a change is recorded against in the state history and on a manual override: a person by email, a client by
/// "client:&lt;id&gt;" (its id, not its display name, which anyone with the management pages may change), else the
/// name or subject; "system" outside a request.
/// </summary>
public static class RequestActor
{
    public static string Of(HttpContext? http)
    {
        var user = http?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return "system";
        }

        if (First(user, ClaimTypes.Email, "email") is { } email)
        {
            return email;
        }

        if (First(user, "client_id", "azp") is { } client)
        {
            return "client:" + client;
        }

        return First(user, ClaimTypes.Name, "name", "sub", ClaimTypes.NameIdentifier) ?? "unknown";
    }

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
