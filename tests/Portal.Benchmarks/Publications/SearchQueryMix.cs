using static Portal.Benchmarks.Publications.CorpusVocabulary;

namespace Portal.Benchmarks.Publications;

/// <summary>
/// The query strings the search load cycles through, the way people search a list of decision reports: a common
/// word (matches thousands: "contract"), a rarer one (a place name), two words, a word with a year, tag or decision
/// maker filter, filters alone, deeper pages of each, a misspelling that matches nothing, and the plain list. Fixed
/// (no randomness), so every run asks the same questions in the same order.
/// </summary>
public static class SearchQueryMix
{
    private static readonly string[] CommonWords = ["contract", "custody", "training", "vehicles", "cameras", "demand", "budget", "equality", "suppliers", "calls"];

    private static readonly string[] TwoWords =
    [
        "body-worn video", "mental health", "front counter", "contact centre", "answer times", "carbon emissions", "radio handsets",
        "forensic laboratory", "number plate", "webchat service", "service levels", "risk register",
    ];

    private static readonly string[] NoMatch = ["custdoy", "helicopterr", "zebra crossing"];

    /// <summary>Query strings (without the leading "?"), about two hundred, in the order they are sent.</summary>
    public static IReadOnlyList<string> Build()
    {
        var queries = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var year = ReportCorpus.FirstYear + (i % (ReportCorpus.LastYear - ReportCorpus.FirstYear + 1));
            var place = Places[i % Places.Length];
            var common = CommonWords[i % CommonWords.Length];
            var two = TwoWords[i % TwoWords.Length];
            var tag = Tags[i % Tags.Length];
            var maker = DecisionMakers[i % DecisionMakers.Length];
            queries.Add(Q(("q", common)));
            queries.Add(Q(("q", place)));
            queries.Add(Q(("q", two)));
            queries.Add(Q(("q", $"{common} {place}")));
            queries.Add(Q(("q", common), ("year", Year(year))));
            queries.Add(Q(("q", two), ("tag", tag)));
            queries.Add(Q(("q", place), ("decisionMaker", maker)));
            queries.Add(Q(("tag", tag), ("year", Year(year))));
            queries.Add(Q(("decisionMaker", maker), ("page", Page(2 + i % 8))));
            queries.Add(Q(("q", common), ("page", Page(2 + i % 20))));
            queries.Add(Q(("year", Year(year)), ("page", Page(1 + i * 3 % 60))));
            queries.Add(i % 3 == 0 ? Q(("q", NoMatch[i / 3 % NoMatch.Length])) : Q(("page", Page(1 + i * 17 % 400))));
        }

        return queries;
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Page(int page) => page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Q(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
}
