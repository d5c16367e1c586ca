using System.Security.Claims;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// The name a plan version records for who did something, and compares for the two-person rule: a person by email
/// (else name), a client by "client:&lt;id&gt;", else the subject id. The same spelling as the audit log's actor.
/// </summary>
public static class PlanActor
{
    public static string Of(ClaimsPrincipal user)
    {
        var person = First(user, ClaimTypes.Email, "email", ClaimTypes.Name, "name");
        if (person is not null)
        {
            return person;
        }

        var client = First(user, "client_id", "azp");
        return client is not null ? "client:" + client : First(user, "sub", ClaimTypes.NameIdentifier) ?? "unknown";
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
