using System.Globalization;
using System.Text.RegularExpressions;
using Portal.CallRouting.Decisions.Models;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>Checks a decision request field by field; every problem is named by its JSON field.</summary>
public static partial class DecisionRequestValidator
{
    public const int MaxServiceLength = 64;

    public const int MaxCallIdLength = 128;

    public static (string Service, string? CallerId, DateTimeOffset? At, Dictionary<string, string[]> Errors) Validate(DecisionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var service = request.Service?.Trim() ?? "";
        if (service.Length == 0)
        {
            errors["service"] = ["Name the service dialled, for example \"999\" or \"101\"."];
        }
        else if (service.Length > MaxServiceLength)
        {
            errors["service"] = [$"The service must be at most {MaxServiceLength} characters."];
        }

        if (request.CallerId is { } caller && !CallerNumber().IsMatch(caller))
        {
            errors["callerId"] = ["The caller's number must be 2 to 20 digits with an optional leading +; leave it out when the number is withheld."];
        }

        if (request.CallId is { } callId && !CallIdentifier().IsMatch(callId))
        {
            errors["callId"] = [$"The call id must be 1 to {MaxCallIdLength} letters, digits or the characters . _ : @ -; leave it out for a look-up."];
        }

        DateTimeOffset? at = null;
        if (request.At is { } text)
        {
            // An offset is required: "10:00" alone would mean different instants on different servers.
            if (!HasOffset().IsMatch(text)
                || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors["at"] = ["The time must be ISO 8601 with an offset, for example 2026-11-27T10:00:00Z or 2026-11-27T10:00:00+00:00."];
            }
            else
            {
                at = parsed;
            }
        }

        return (service, request.CallerId, at, errors);
    }

    [GeneratedRegex(@"^\+?[0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallerNumber();

    [GeneratedRegex(@"^[A-Za-z0-9._:@-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallIdentifier();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
