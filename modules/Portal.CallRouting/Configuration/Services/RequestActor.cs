using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Who a change is recorded against in the state history and on a manual override: the person by email (else name),
/// a client by "client:&lt;id&gt;", the same way the audit log names them; "system" outside a request.
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

        var person = First(user, ClaimTypes.Email, "email", ClaimTypes.Name, "name");
        if (person is not null)
        {
            return person;
        }

        var client = First(user, "client_id", "azp");
        return client is not null ? "client:" + client : First(user, "sub", ClaimTypes.NameIdentifier) ?? "unknown";
    }

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
