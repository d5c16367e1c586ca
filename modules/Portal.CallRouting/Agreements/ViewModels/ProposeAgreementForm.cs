using System.Globalization;
using System.Text.RegularExpressions;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Agreements.ViewModels;

/// <summary>
/// The proposal page's form. Hours are typed one period per line ("Monday 08:00-20:00"), which works without
/// JavaScript; the expiry is a GOV.UK date (day, month, year), ending at midnight after that day in Europe/London.
/// </summary>
public sealed partial class ProposeAgreementForm
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string? Partner { get; set; }
    public string? QueueCode { get; set; }
    public string? MaxConcurrentCalls { get; set; }
    public string? Hours { get; set; }
    public string? ExpiresDay { get; set; }
    public string? ExpiresMonth { get; set; }
    public string? ExpiresYear { get; set; }

    /// <summary>The forces that can be proposed to (name, display name); filled by the controller.</summary>
    public IReadOnlyList<(string Name, string DisplayName)> Partners { get; set; } = [];

    /// <summary>The API input, or the form's own errors (keyed by form field) when a field cannot even be read.</summary>
    public (ProposeAgreementInput? Input, Dictionary<string, string[]> Errors) ToInput()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int? max = null;
        if (!string.IsNullOrWhiteSpace(MaxConcurrentCalls))
        {
            if (int.TryParse(MaxConcurrentCalls.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                max = parsed;
            }
            else
            {
                errors[nameof(MaxConcurrentCalls)] = ["Enter a whole number of calls, for example 5."];
            }
        }

        var hours = ParseHours(errors);
        DateTimeOffset? expires = null;
        if (!string.IsNullOrWhiteSpace(ExpiresDay) || !string.IsNullOrWhiteSpace(ExpiresMonth) || !string.IsNullOrWhiteSpace(ExpiresYear))
        {
            if (DateOnly.TryParseExact($"{ExpiresYear?.Trim()}-{ExpiresMonth?.Trim().PadLeft(2, '0')}-{ExpiresDay?.Trim().PadLeft(2, '0')}", "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
                expires = new DateTimeOffset(midnight, London.GetUtcOffset(midnight));
            }
            else
            {
                errors[nameof(ExpiresDay)] = ["Enter a real date, for example 31 3 2027."];
            }
        }

        return errors.Count > 0 ? (null, errors) : (new ProposeAgreementInput(Partner, QueueCode?.Trim(), max, hours, expires), errors);
    }

    /// <summary>Where an API field's error is shown on this form.</summary>
    public static string FieldOf(string apiField) => apiField switch
    {
        _ when apiField.StartsWith("hours", StringComparison.Ordinal) => nameof(Hours),
        "expiresAt" => nameof(ExpiresDay),
        "" => "",
        _ => char.ToUpperInvariant(apiField[0]) + apiField[1..],
    };

    private List<WeeklyOpening>? ParseHours(Dictionary<string, string[]> errors)
    {
        var lines = (Hours ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return null;
        }

        var periods = new List<(DayOfWeek Day, OpeningPeriod Period)>();
        foreach (var line in lines)
        {
            var match = HourLine().Match(line);
            if (!match.Success || !Enum.TryParse<DayOfWeek>(match.Groups["day"].Value, ignoreCase: true, out var dayOfWeek)
                || !TimeOnly.TryParseExact(match.Groups["opens"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
                || !TimeOnly.TryParseExact(match.Groups["closes"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
            {
                errors[nameof(Hours)] = [$"Write each period as a day and two times, for example \"Monday 08:00-20:00\" (not \"{line}\")."];
                return null;
            }

            periods.Add((dayOfWeek, new OpeningPeriod(opens, closes)));
        }

        return periods.GroupBy(p => p.Day).Select(g => new WeeklyOpening(g.Key, g.Select(p => p.Period).ToList())).ToList();
    }

    [GeneratedRegex(@"^(?<day>[A-Za-z]+)\s+(?<opens>\d{2}:\d{2})\s*-\s*(?<closes>\d{2}:\d{2})$")]
    private static partial Regex HourLine();
}
