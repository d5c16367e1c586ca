using System.Net;
using Portal.Publications.Tests.Public.Support;

namespace Portal.Publications.Tests.Public;

/// <summary>
/// The public pages are output-cached for anonymous visitors, and a publication or withdrawal shows on the very next
/// request (the cache varies by the tenant's newest change, so nothing stale is served).
/// </summary>
[Collection(PublicSiteCollection.Name)]
public sealed class PublicPagesCacheTests(PublicSiteFixture portal)
{
    private const string City = PublicSiteFixture.City;
    private const string Reference = "CITY-CACHE-01";

    [Fact]
    public async Task Anonymous_pages_come_from_the_cache_until_a_publication_or_withdrawal_changes_them()
    {
        using var client = portal.Factory.Anonymous();
        var search = $"/{City}/publications?q=sandbagging";
        var (_, before) = await GetAsync(client, search);
        using var again = await client.GetAsync(search);
        var (missing, _) = await GetAsync(client, $"/{City}/publications/{Reference}");

        Assert.Contains(">0 reports<", before);
        Assert.True(again.Headers.Age is not null, "the second request was not answered from the output cache");
        Assert.Equal(HttpStatusCode.NotFound, missing);

        var seeder = new PublicationSeeder(portal.Factory);
        var report = PublicSiteFixture.Draft(Reference, "Sandbagging the City's control room", "Commissioner of the City", new DateOnly(2026, 7, 1), ["Estates"]);
        await seeder.PublishNewAsync(City, report);
        portal.Seeded.Add(new SeededReport(City, Reference, report.Title, report.DecisionMaker, 2026, report.Tags, false));

        var (_, published) = await GetAsync(client, search);
        var (found, page) = await GetAsync(client, $"/{City}/publications/{Reference}");
        Assert.Contains(">1 report<", published);
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.DoesNotContain("This report was withdrawn", page);

        await seeder.WithdrawAsync(City, Reference, "Published in error.");
        portal.Seeded[portal.Seeded.FindIndex(s => s.Reference == Reference)] = portal.Seeded.Single(s => s.Reference == Reference) with { Withdrawn = true };

        var (_, withdrawn) = await GetAsync(client, $"/{City}/publications/{Reference}");
        Assert.Contains("This report was withdrawn", withdrawn);
        Assert.Contains("Published in error.", withdrawn);
    }

    private static Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url) => PublicReportPagesTests.GetAsync(client, url);
}
