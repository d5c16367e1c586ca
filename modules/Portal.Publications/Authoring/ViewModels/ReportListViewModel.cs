using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Authoring.ViewModels;

/// <summary>The editors' list: every report in the chosen state (null: all), last changed first.</summary>
public sealed record ReportListViewModel(IReadOnlyList<DecisionReport> Reports, ReportState? State, bool CanEdit);
