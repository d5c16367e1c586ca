using System.Security.Claims;
using System.Text.RegularExpressions;
using Portal.Publications.Reports.Services;
using Portal.Publications.Sensitive.Data;

namespace Portal.Publications.Sensitive.Services;

/// <summary>
/// Who a grant is for, spelt as <see cref="ReportActor"/> spells the signed-in caller (a person's email, or
/// "client:&lt;id&gt;" for an API client), in lower case so that "Ann@Force.example" and "ann@force.example" are one person.
/// </summary>
public static partial class Grantee
{
    public const string ClientPrefix = "client:";

    /// <summary>The stored form of <paramref name="value"/>, or null when it is neither an email nor "client:&lt;id&gt;".</summary>
    public static string? Normalise(string? value)
    {
        var trimmed = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > SensitiveDbContext.GranteeLength)
        {
            return null;
        }

        return Email().IsMatch(trimmed) || Client().IsMatch(trimmed) ? trimmed : null;
    }

    /// <summary>The caller as a grantee; the same value the audit log shows as the actor.</summary>
    public static string Of(ClaimsPrincipal user) => ReportActor.Of(user).Id.ToLowerInvariant();

    // Deliberately plain: one @, no spaces or angle brackets; the grant is compared with the sign-in email, not mailed.
    [GeneratedRegex(@"^[^\s@<>""]+@[^\s@<>""]+\.[^\s@<>""]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^client:[a-z0-9][a-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Client();
}
