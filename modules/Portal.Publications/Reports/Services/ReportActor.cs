using System.Security.Claims;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// Who acts, as the workflow compares and the report shows them: a person by email (else name), a client by
/// "client:&lt;id&gt;", else the subject id. The same spelling as the audit log's actor.
/// </summary>
public static class ReportActor
{
    public static WorkflowActor Of(ClaimsPrincipal user)
    {
        var person = First(user, ClaimTypes.Email, "email", ClaimTypes.Name, "name");
        var client = First(user, "client_id", "azp");
        var id = person ?? (client is not null ? "client:" + client : First(user, "sub", ClaimTypes.NameIdentifier) ?? "unknown");
        var name = First(user, "display_name", "name", ClaimTypes.Name) ?? id;
        return new WorkflowActor(Truncate(id), Truncate(name));
    }

    private static string Truncate(string value) => value.Length <= ReportLimits.Actor ? value : value[..ReportLimits.Actor];

    private static string? First(ClaimsPrincipal user, params string[] types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
