namespace Portal.Publications.Reports.Models;

/// <summary>The values the public filters offer: years, decision makers and tags of the published reports.</summary>
public sealed record PublishedReportFilters(IReadOnlyList<int> Years, IReadOnlyList<string> DecisionMakers, IReadOnlyList<string> Tags);
