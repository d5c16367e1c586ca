using System.Security.Claims;

namespace Portal.CallRouting.Contingency.Services;

/// <summary>Who switched a contingency plan: a person by email, a client acting for itself as "client:&lt;id&gt;", else the name or subject.</summary>
public static class ContingencyActor
{
    public static string Of(ClaimsPrincipal user)
    {
        if (First(user, ClaimTypes.Email, "email") is { } email)
        {
            return email;
        }

        // A client acting for itself (client credentials: its subject is its client id) by id, not by display name.
        var client = First(user, "client_id", "azp");
        var subject = First(user, "sub", ClaimTypes.NameIdentifier);
        if (client is not null && (subject is null || subject == client))
        {
            return "client:" + client;
        }

        return First(user, ClaimTypes.Name, "name") ?? subject ?? "unknown";
    }

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
