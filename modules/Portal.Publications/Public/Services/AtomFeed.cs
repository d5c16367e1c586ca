using System.Xml.Linq;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.Services;

/// <summary>
/// The force's Atom 1.0 feed (RFC 4287) of its published decision reports: one entry per report at its latest
/// published version, whose id carries the version number, so every new version is a new entry for feed readers,
/// and a withdrawal is announced with its reason. Only the public headline fields and change notes go in.
/// </summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <param name="siteUrl">The absolute address of the force's reports list ("https://portal.example/met/publications").</param>
    /// <param name="forceName">The force's name: the feed's author.</param>
    public static XDocument Build(string siteUrl, string forceName, IReadOnlyList<PublishedFeedEntry> entries, DateTimeOffset emptyFeedUpdated)
    {
        var updated = entries.Count > 0 ? entries.Max(e => e.UpdatedAt) : emptyFeedUpdated;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", siteUrl),
            new XElement(Atom + "title", $"Decision reports – {forceName}"),
            new XElement(Atom + "subtitle", "Decision reports published by " + forceName + " (OFFICIAL-PUBLIC)"),
            new XElement(Atom + "updated", Iso(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", forceName)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", siteUrl + "/feed")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", siteUrl)),
            entries.Select(e => Entry(siteUrl, e)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static XElement Entry(string siteUrl, PublishedFeedEntry entry)
    {
        var url = siteUrl + "/" + Uri.EscapeDataString(entry.Reference);
        var summary = entry.IsWithdrawn
            ? $"Withdrawn: {entry.WithdrawalReason}"
            : $"{entry.Summary}\n\nDecision maker: {entry.DecisionMaker}. Version {entry.Version}: {entry.ChangeNote}";
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", $"{url}#version-{entry.Version}{(entry.IsWithdrawn ? "-withdrawn" : "")}"),
            new XElement(Atom + "title", (entry.IsWithdrawn ? "Withdrawn: " : "") + $"{entry.Reference}: {entry.Title}"),
            new XElement(Atom + "published", Iso(entry.FirstPublishedAt)),
            new XElement(Atom + "updated", Iso(entry.UpdatedAt)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
            new XElement(Atom + "summary", new XAttribute("type", "text"), summary));
    }

    // RFC 3339, as Atom requires.
    private static string Iso(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
