namespace Portal.Browser.Tests.Publications;

/// <summary>
/// The report one journey writes. Its search word and its Part 2 marker are new for every run, so that what the
/// public finds, and what it must never see, can only come from this report.
/// </summary>
public sealed class JourneyReport
{
    public const string Title = "Replacing the force control room telephony";
    public const string Summary = "Approval to replace the telephony platform the force control room answers calls on.";
    public const string DecisionMaker = "Deputy Chief Constable";
    public const string DecisionDate = "2026-10-01";
    public const string Tag = "Contact centres";
    public const string Part1Heading = "Executive summary";
    public const string Part2Heading = "Commercial detail";
    public const string ExemptionBasis = "Section 43, commercial interests";
    public const string ContractName = "Telephony services 2026";
    public const string ReleaseOn = "2031-03-31";

    /// <summary>The words the Part 2 text starts with, before its marker.</summary>
    public const string Part2Opening = "Prices per seat under the preferred bid";

    /// <summary>How the public page states the exemption of <see cref="ExemptionBasis"/> until <see cref="ReleaseOn"/>.</summary>
    public const string ExemptionStatement = "Withheld under " + ExemptionBasis + ", until the related contract expires on 31 March 2031.";

    public JourneyReport()
    {
        var unique = Guid.NewGuid().ToString("N");
        Reference = "DR-BROWSER-" + unique[..8].ToUpperInvariant();
        // Letters only: one word to every full-text tokenizer (FTS5's and PostgreSQL's alike).
        SearchWord = "heliograph" + new string(unique[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
        Marker = "PART2-CANARY-" + unique.ToUpperInvariant();
    }

    public string Reference { get; }

    /// <summary>A word only this report's Part 1 contains: what the public searches for.</summary>
    public string SearchWord { get; }

    /// <summary>Only in the Part 2 section: no public page may ever contain it.</summary>
    public string Marker { get; }

    public string Part1Body => $"The platform reaches the end of its support in 2027. The {SearchWord} option was chosen after a market test.";

    public string Part2Body => $"{Part2Opening}: {Marker}.";
}
