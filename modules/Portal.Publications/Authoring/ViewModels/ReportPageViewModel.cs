using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Authoring.ViewModels;

/// <summary>
/// A report's page for editors: the working copy (Part 2 without its bodies: the page shows only their length), the
/// sanitised rendering of each Part 1 section, its published versions, and what the viewer may do. The step fields
/// carry what a refused step posted, so the form comes back as it was sent.
/// </summary>
public sealed record ReportPageViewModel(
    DecisionReport Report,
    IReadOnlyList<string> Part1Html,
    IReadOnlyList<VersionRow> Versions,
    ReportPermissions Can,
    bool IsOwnReport)
{
    public string? ChangeNote { get; init; }

    public string? ReturnReason { get; init; }

    public string? WithdrawReason { get; init; }
}
