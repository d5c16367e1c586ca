namespace Portal.Publications.Search;

/// <summary>The filters of a public search, trimmed; null when not asked for.</summary>
public sealed record SearchFilters(int? Year, string? DecisionMaker, string? Tag)
{
    public bool IsEmpty => Year is null && DecisionMaker is null && Tag is null;

    public static SearchFilters From(int? year, string? decisionMaker, string? tag) =>
        new(year, NullIfBlank(decisionMaker), NullIfBlank(tag));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
