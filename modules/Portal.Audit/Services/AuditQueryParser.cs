using System.Globalization;
using Portal.Abstractions.Audit;

namespace Portal.Audit.Services;

/// <summary>Turns an <see cref="AuditQuery"/> into a filter, or into messages keyed by the field that is wrong.</summary>
public static class AuditQueryParser
{
    /// <summary>Every category a search may name: the constants of <see cref="AuditCategories"/>.</summary>
    public static readonly IReadOnlyList<string> Categories = typeof(AuditCategories)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();

    public static (AuditFilter? Filter, Dictionary<string, string[]> Errors) Parse(AuditQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        var from = ParseDate(query.From, endOfDay: false, "from", errors);
        var to = ParseDate(query.To, endOfDay: true, "to", errors);
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = ["The end date must be the same as or after the start date."];
        }

        var category = Blank(query.Category);
        if (category is not null && !Categories.Contains(category, StringComparer.Ordinal))
        {
            errors["category"] = [$"Unknown category '{category}'. Use one of: {string.Join(", ", Categories)}."];
        }

        AuditOutcome? outcome = null;
        if (Blank(query.Outcome) is { } outcomeText)
        {
            if (Enum.TryParse<AuditOutcome>(outcomeText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(outcomeText, out _))
            {
                outcome = parsed;
            }
            else
            {
                errors["outcome"] = [$"Unknown outcome '{outcomeText}'. Use one of: {string.Join(", ", Enum.GetNames<AuditOutcome>())}."];
            }
        }

        var page = ParseInt(query.Page, 1, "page", 1, int.MaxValue / AuditFilter.MaxPageSize, "The page must be a whole number, 1 or more.", errors);
        var pageSize = ParseInt(query.PageSize, AuditFilter.DefaultPageSize, "pageSize", 1, AuditFilter.MaxPageSize,
            $"The page size must be a whole number from 1 to {AuditFilter.MaxPageSize}.", errors);

        return errors.Count > 0
            ? (null, errors)
            : (new AuditFilter(from, to, category, outcome, Blank(query.Actor), Blank(query.Q), page, pageSize), errors);
    }

    private static DateTime? ParseDate(string? text, bool endOfDay, string field, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A whole day: the end of the day for "to", so to=2026-01-31 includes that day.
            return endOfDay ? date.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc) : date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        if (value.Contains('T') && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime;
        }

        errors[field] = [$"Enter the {(field == "from" ? "start" : "end")} date as a real date, like 2026-01-31 (or an ISO 8601 date and time)."];
        return null;
    }

    private static int ParseInt(string? text, int fallback, string field, int min, int max, string message, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[field] = [message];
        return fallback;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
