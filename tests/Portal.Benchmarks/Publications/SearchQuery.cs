namespace Portal.Benchmarks.Publications;

/// <summary>One search of the mix: what kind of question it is (for the per-kind figures) and its query string, without the "?".</summary>
public sealed record SearchQuery(string Kind, string QueryString);
