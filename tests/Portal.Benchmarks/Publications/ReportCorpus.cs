using System.Globalization;
using System.Text;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using static Portal.Benchmarks.Publications.CorpusVocabulary;

namespace Portal.Benchmarks.Publications;

/// <summary>
/// Decision reports for the search benchmark, as the authoring API takes them: a headline, one to four tags, four to
/// eight Part 1 sections of two to six sentences (about 2 to 4 KB of text, like a short real report) and, for about a
/// third, a withheld Part 2 section. Report <c>i</c> is the same in every run (its own seeded generator), so two runs
/// search the same corpus and a query finds the same reports.
/// </summary>
public static class ReportCorpus
{
    /// <summary>Years the decisions are spread over, so the year filter has something to narrow.</summary>
    public const int FirstYear = 2019;
    public const int LastYear = 2026;

    private static readonly Part1SectionKind[] AlwaysThere =
        [Part1SectionKind.ExecutiveSummary, Part1SectionKind.Recommendations, Part1SectionKind.IntroductionAndBackground, Part1SectionKind.IssuesForConsideration];

    private static readonly Part1SectionKind[] Optional =
        [Part1SectionKind.Financial, Part1SectionKind.Legal, Part1SectionKind.Equality, Part1SectionKind.Privacy, Part1SectionKind.Environmental, Part1SectionKind.BackgroundPapers];

    public static string Reference(int index) => $"BDR-{index:D5}";

    public static ReportInput Report(int index)
    {
        var random = new Random(unchecked(index * 7919 + 17));
        var year = FirstYear + random.Next(LastYear - FirstYear + 1);
        var date = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
        var (subjectPattern, subjectTags) = Subjects[random.Next(Subjects.Length)];
        var place = Pick(random, Places);
        var place2 = Pick(random, Places.Where(p => p != place).ToArray());
        var subject = subjectPattern.Replace("{place}", place, StringComparison.Ordinal).Replace("{place2}", place2, StringComparison.Ordinal);
        var maker = Pick(random, DecisionMakers);
        string Fill(string pattern) => pattern
            .Replace("{subject}", subject, StringComparison.Ordinal)
            .Replace("{place}", place, StringComparison.Ordinal)
            .Replace("{place2}", place2, StringComparison.Ordinal)
            .Replace("{maker}", maker, StringComparison.Ordinal)
            .Replace("{year}", (year - 1 - random.Next(6)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{nextyear}", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{money}", (25_000 * (1 + random.Next(400))).ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{months}", (6 * (1 + random.Next(8))).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{percent}", (2 + random.Next(40)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var title = Fill($"{Pick(random, Actions)} {subject}{Pick(random, Qualifiers)}");
        var summary = Fill(string.Join(' ', Distinct(random, Sentences, 2)));
        var tags = subjectTags.Concat(Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Tags))).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();

        var kinds = AlwaysThere.Concat(Optional.Where(_ => random.Next(3) == 0)).ToList();
        var part1 = kinds.Select(kind => new Part1SectionInput(kind, null, Body(random, Fill, 2 + random.Next(5)), ClassificationMarkings.OfficialPublic)).ToList();
        var part2 = random.Next(3) == 0
            ? new List<Part2SectionInput> { Part2(random, Fill, date) }
            : [];
        return new ReportInput(Reference(index), Truncate(title, ReportLimits.Title), summary, maker, date, tags, part1, part2);
    }

    private static Part2SectionInput Part2(Random random, Func<string, string> fill, DateOnly decided)
    {
        var byContract = random.Next(2) == 0;
        return new Part2SectionInput(null, byContract ? "Commercial terms" : "Operational detail", Body(random, fill, 2 + random.Next(3)),
            Classification.OfficialSensitive.Marking(), Pick(random, ExemptionBases),
            byContract ? ReleaseConditionKind.ContractExpiry : ReleaseConditionKind.FixedDate,
            decided.AddYears(2 + random.Next(4)), byContract ? $"Contract {random.Next(1000, 9999)}" : null);
    }

    private static string Body(Random random, Func<string, string> fill, int sentences)
    {
        var text = new StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            // A paragraph break now and then, as authors write them.
            text.Append(s == 0 ? "" : random.Next(3) == 0 ? "\n\n" : " ").Append(fill(Pick(random, Sentences)));
        }

        return text.ToString();
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static IEnumerable<T> Distinct<T>(Random random, T[] values, int count) =>
        Enumerable.Range(0, values.Length).OrderBy(_ => random.Next()).Take(count).Select(i => values[i]);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
