using System.Security.Claims;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>Who acted, as both forces' copies record it: a person by email (else name), a system as "client:&lt;id&gt;".</summary>
public static class AgreementActor
{
    public static string Of(ClaimsPrincipal user)
    {
        var email = First(user, ClaimTypes.Email, "email");
        if (email is not null)
        {
            return email;
        }

        // A client acting for itself (client credentials) is its own subject; its "name" is only a display name.
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
