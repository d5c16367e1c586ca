using System.Security.Claims;

namespace Portal.CallRouting.Contingency.Services;

/// <summary>Who switched a contingency plan: a person by email (else name), a client as "client:&lt;id&gt;", else the subject.</summary>
public static class ContingencyActor
{
    public static string Of(ClaimsPrincipal user)
    {
        var person = First(user, ClaimTypes.Email, "email", ClaimTypes.Name, "name");
        if (person is not null)
        {
            return person;
        }

        return First(user, "client_id", "azp") is { } client ? "client:" + client : First(user, "sub", ClaimTypes.NameIdentifier) ?? "unknown";
    }

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
