using System.Net;
using System.Xml.Linq;
using Portal.Publications.Public.Services;
using Portal.Publications.Tests.Public.Support;

namespace Portal.Publications.Tests.Public;

/// <summary>The force's Atom feed: well-formed Atom 1.0 with the elements RFC 4287 requires, an entry per report at its latest version, withdrawals announced.</summary>
[Collection(PublicSiteCollection.Name)]
public sealed class PublicFeedTests(PublicSiteFixture portal)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_is_anonymous_atom_with_id_title_updated_author_and_links()
    {
        using var client = portal.Factory.Anonymous();

        using var response = await client.GetAsync($"/{PublicSiteFixture.Met}/publications/feed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.EndsWith("/met/publications", feed.Element(Atom + "id")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string?)l.Attribute("href"))!.EndsWith("/met/publications/feed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_entry_has_an_id_per_version_a_title_updated_and_a_link_to_the_report()
    {
        using var client = portal.Factory.Anonymous();

        var feed = XDocument.Parse(await client.GetStringAsync($"/{PublicSiteFixture.Met}/publications/feed")).Root!;

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(Math.Min(portal.Of(PublicSiteFixture.Met).Count, PublicReportsControllerFeedSize), entries.Count);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")?.Value, out _));
            Assert.Contains("/met/publications/", (string?)e.Element(Atom + "link")?.Attribute("href"));
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var twoPart = Assert.Single(entries, e => e.Element(Atom + "title")!.Value.StartsWith(PublicSiteFixture.TwoPartReference, StringComparison.Ordinal));
        Assert.EndsWith("#version-2", twoPart.Element(Atom + "id")!.Value);
        Assert.Contains(PublicSiteFixture.SecondChangeNote, twoPart.Element(Atom + "summary")!.Value);
        var withdrawn = Assert.Single(entries, e => e.Element(Atom + "title")!.Value.StartsWith("Withdrawn: " + PublicSiteFixture.WithdrawnReference, StringComparison.Ordinal));
        Assert.Contains(PublicSiteFixture.WithdrawalReason, withdrawn.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void A_feed_without_reports_is_still_valid_atom()
    {
        var document = AtomFeed.Build("https://portal.example/kent/publications", "Kent Police", [], new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero));

        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("2026-11-27T06:00:00Z", feed.Element(Atom + "updated")?.Value);
        Assert.Empty(feed.Elements(Atom + "entry"));
    }

    private const int PublicReportsControllerFeedSize = Portal.Publications.Public.Controllers.PublicReportsController.FeedSize;
}
