using System.Text.RegularExpressions;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Codes of centres, queues and schedules: 2 to 32 capital letters, digits, hyphens or underscores. Rules, plans
/// and telephony events name things by code, so a code is fixed when the thing is created.
/// </summary>
public static partial class RoutingCodes
{
    public const string Hint = "2 to 32 capital letters, digits, hyphens (-) or underscores (_), for example LONDON-1";

    [GeneratedRegex("^[A-Z0-9_-]{2,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    /// <summary>Adds an error for <paramref name="field"/> unless <paramref name="code"/> is a valid code.</summary>
    public static void Check(FieldErrors errors, string field, string? code, string what)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(field, $"Enter the {what} code.");
        }
        else if (!IsValid(code))
        {
            errors.Add(field, $"The {what} code must be {Hint}.");
        }
    }
}
