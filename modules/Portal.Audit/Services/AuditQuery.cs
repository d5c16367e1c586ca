namespace Portal.Audit.Services;

/// <summary>
/// The search as it arrives in a query string (API and page alike), unparsed so that bad values can be named:
/// <c>from</c>, <c>to</c> (a date "2026-01-31", whole day, or an ISO 8601 date and time), <c>category</c>,
/// <c>outcome</c>, <c>actor</c> (contains), <c>q</c> (contains, in action, subject or detail), <c>page</c>, <c>pageSize</c>.
/// </summary>
public sealed record AuditQuery(
    string? From = null,
    string? To = null,
    string? Category = null,
    string? Outcome = null,
    string? Actor = null,
    string? Q = null,
    string? Page = null,
    string? PageSize = null)
{
    public static AuditQuery FromRequest(Microsoft.AspNetCore.Http.IQueryCollection query) => new(
        Value(query, "from"), Value(query, "to"), Value(query, "category"), Value(query, "outcome"),
        Value(query, "actor"), Value(query, "q"), Value(query, "page"), Value(query, "pageSize"));

    /// <summary>The query string for the same search (without page), for export and pagination links.</summary>
    public string ToQueryString(int? page = null)
    {
        var parts = new List<string>();
        Add(parts, "from", From);
        Add(parts, "to", To);
        Add(parts, "category", Category);
        Add(parts, "outcome", Outcome);
        Add(parts, "actor", Actor);
        Add(parts, "q", Q);
        Add(parts, "pageSize", PageSize);
        if (page is not null)
        {
            Add(parts, "page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
        }
    }

    private static string? Value(Microsoft.AspNetCore.Http.IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}
