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

    /// <summary>The searches, 288 of them, in the order they are sent.</summary>
    public static IReadOnlyList<SearchQuery> Build()
    {
        var queries = new List<SearchQuery>();
        for (var i = 0; i < 24; i++)
        {
            var year = ReportCorpus.FirstYear + (i % (ReportCorpus.LastYear - ReportCorpus.FirstYear + 1));
            var place = Places[i % Places.Length];
            var common = CommonWords[i % CommonWords.Length];
            var two = TwoWords[i % TwoWords.Length];
            var tag = Tags[i % Tags.Length];
            var maker = DecisionMakers[i % DecisionMakers.Length];
            queries.Add(new("common word", Q(("q", common))));
            queries.Add(new("place name", Q(("q", place))));
            queries.Add(new("two words", Q(("q", two))));
            queries.Add(new("word and place", Q(("q", $"{common} {place}"))));
            queries.Add(new("word + year", Q(("q", common), ("year", Year(year)))));
            queries.Add(new("two words + tag", Q(("q", two), ("tag", tag))));
            queries.Add(new("place + decision maker", Q(("q", place), ("decisionMaker", maker))));
            queries.Add(new("tag + year, no words", Q(("tag", tag), ("year", Year(year)))));
            queries.Add(new("decision maker, page 2-9", Q(("decisionMaker", maker), ("page", Page(2 + i % 8)))));
            queries.Add(new("common word, page 2-21", Q(("q", common), ("page", Page(2 + i % 20)))));
            queries.Add(new("year, page 1-60", Q(("year", Year(year)), ("page", Page(1 + i * 3 % 60)))));
            queries.Add(i % 3 == 0
                ? new("misspelt, no match", Q(("q", NoMatch[i / 3 % NoMatch.Length])))
                : new("whole list, page 1-400", Q(("page", Page(1 + i * 17 % 400)))));
        }

        return queries;
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Page(int page) => page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Q(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
}
