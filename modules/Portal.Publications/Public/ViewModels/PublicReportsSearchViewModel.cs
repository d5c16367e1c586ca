using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.ViewModels;

/// <summary>The public list page: the search as asked, the filter values on offer, and one page of results.</summary>
public sealed class PublicReportsSearchViewModel
{
    public required PublishedReportQuery Query { get; init; }

    public required PublishedReportFilters Filters { get; init; }

    public required PublishedReportPage Results { get; init; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query.Text) || Query.Year is not null
        || !string.IsNullOrWhiteSpace(Query.DecisionMaker) || !string.IsNullOrWhiteSpace(Query.Tag);

    /// <summary>The query string of this search at another page (the form's own fields, so links work without JavaScript).</summary>
    public string PageQuery(int page)
    {
        var parts = new List<string>();
        Add(parts, "q", Query.Text);
        Add(parts, "year", Query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "decisionMaker", Query.DecisionMaker);
        Add(parts, "tag", Query.Tag);
        Add(parts, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
