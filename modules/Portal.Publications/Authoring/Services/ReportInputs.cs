using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Authoring.Services;

/// <summary>
/// The working copy as the authoring service's input, so a page can change one part of it (the details, one section,
/// the order) and hand the whole document back to <see cref="Reports.Services.ReportAuthoring.UpdateAsync"/>: the
/// pages have no rules of their own. Part 2 sections go back by id without their bodies, which keeps the stored text
/// (the pages, like the API, never send a Part 2 body to the browser).
/// </summary>
public static class ReportInputs
{
    public static ReportInput From(DecisionReport report) => new(
        report.Reference,
        report.Title,
        report.Summary,
        report.DecisionMaker,
        report.DecisionDate == default ? null : report.DecisionDate,
        report.Tags,
        Part1Of(report),
        Part2Of(report));

    public static IReadOnlyList<Part1SectionInput> Part1Of(DecisionReport report) =>
        report.Part1.OrderBy(s => s.Position).Select(s => new Part1SectionInput(s.Kind, s.Heading, s.Body, Marking(s.Classification))).ToList();

    public static IReadOnlyList<Part2SectionInput> Part2Of(DecisionReport report) =>
        report.Part2.OrderBy(s => s.Position)
            .Select(s => new Part2SectionInput(s.Id, s.Heading, null, Marking(s.Classification), s.ExemptionBasis, s.ReleaseCondition, s.ReleaseOn, s.ContractName))
            .ToList();

    /// <summary>Whether the item at <paramref name="index"/> of <paramref name="count"/> has a neighbour on that side to swap with.</summary>
    public static bool CanMove(int count, int index, bool up) => index >= 0 && index < count && (up ? index > 0 : index < count - 1);

    /// <summary>The list with the item at <paramref name="index"/> swapped with its neighbour (up: earlier); unchanged when it has none (<see cref="CanMove"/>).</summary>
    public static IReadOnlyList<T> Moved<T>(IReadOnlyList<T> items, int index, bool up)
    {
        if (!CanMove(items.Count, index, up))
        {
            return items;
        }

        var other = up ? index - 1 : index + 1;
        var list = items.ToList();
        (list[index], list[other]) = (list[other], list[index]);
        return list;
    }

    public static IReadOnlyList<T> Without<T>(IReadOnlyList<T> items, int index) => items.Where((_, i) => i != index).ToList();

    public static IReadOnlyList<T> Replaced<T>(IReadOnlyList<T> items, int index, T item) =>
        index == items.Count ? [.. items, item] : items.Select((x, i) => i == index ? item : x).ToList();

    private static string? Marking(Classification classification) => Enum.IsDefined(classification) ? classification.Marking() : null;
}
