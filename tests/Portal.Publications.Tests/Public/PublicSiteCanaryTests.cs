using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports;
using Portal.Publications.Tests.Public.Support;

namespace Portal.Publications.Tests.Public;

/// <summary>
/// The public half of the canary: a unique marker sits in a Part 2 heading, body and contract name and in an
/// OFFICIAL-SENSITIVE attachment (it is really there: the sensitive read finds it), yet no page, feed, search
/// result, API answer or download the public side serves, nor the platform's index, contains it.
/// </summary>
[Collection(PublicSiteCollection.Name)]
public sealed class PublicSiteCanaryTests(PublicSiteFixture portal)
{
    [Fact]
    public async Task The_part_2_marker_appears_in_nothing_the_public_side_serves()
    {
        var sensitive = await portal.Factory.InTenantAsync(PublicSiteFixture.Met, s => s.GetRequiredService<ISensitiveParts>().GetAsync(PublicSiteFixture.TwoPartReference));
        Assert.Contains(PublicSiteFixture.Marker, sensitive!.Sections.Single().Markdown);

        using var client = portal.Factory.Anonymous();
        var served = new List<string>();
        async Task<string> Fetch(string url)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(PublicSiteFixture.Marker, body);
            Assert.DoesNotContain(PublicSiteFixture.Marker, response.Headers.ToString() + response.Content.Headers);
            served.Add(url);
            return body;
        }

        foreach (var tenant in new[] { PublicSiteFixture.Met, PublicSiteFixture.City })
        {
            var references = new HashSet<string>();
            for (var page = 1; page <= 3; page++)
            {
                references.UnionWith(LinkedReferences(await Fetch($"/{tenant}/publications?page={page}"), tenant));
                var list = JsonDocument.Parse(await Fetch($"/{tenant}/api/public/publications?page={page}"));
                references.UnionWith(list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!));
            }

            Assert.Equal(portal.Of(tenant).Select(r => r.Reference).Order(), references.Order());
            foreach (var reference in references)
            {
                await Fetch($"/{tenant}/publications/{reference}");
                await Fetch($"/{tenant}/api/public/publications/{reference}");
            }

            await Fetch($"/{tenant}/publications/feed");
            await Fetch($"/{tenant}/");
            // The marker's words without its hyphen: a search page echoes what was asked, and that echo must not pass for a leak.
            var markerWords = PublicSiteFixture.Marker.Replace('-', ' ');
            foreach (var probe in new[] { markerWords, markerWords.ToLowerInvariant(), "Commercial detail", "lease price" })
            {
                var page = await Fetch($"/{tenant}/publications?q={Uri.EscapeDataString(probe)}");
                Assert.Contains("0 reports", page);
                var api = JsonDocument.Parse(await Fetch($"/{tenant}/api/public/publications?q={Uri.EscapeDataString(probe)}"));
                Assert.Equal(0, api.RootElement.GetProperty("total").GetInt32());
            }
        }

        await Fetch($"/{PublicSiteFixture.Met}/publications/{PublicSiteFixture.TwoPartReference}/attachments/{portal.PublicAttachmentId}");
        await Fetch($"/{PublicSiteFixture.Met}/publications/{PublicSiteFixture.TwoPartReference}/attachments/{portal.SensitiveAttachmentId}");
        await Poll.UntilAsync(() => Fetch("/publications"), html => html.Contains(PublicSiteFixture.TwoPartReference, StringComparison.Ordinal), "the index to list the two-part report");
        Assert.Contains("0 reports", await Fetch($"/publications?q={Uri.EscapeDataString(PublicSiteFixture.Marker.Replace('-', ' '))}"));
        await Fetch("/publications?page=2");
        Assert.True(served.Count > 60, $"only {served.Count} responses were checked");
    }

    private static IEnumerable<string> LinkedReferences(string html, string tenant) =>
        System.Text.RegularExpressions.Regex.Matches(html, $"href=\"/{tenant}/publications/([A-Z0-9-]+)\"").Select(m => m.Groups[1].Value);
}
