using System.Net;
using System.Text.RegularExpressions;
using Portal.Publications.Tests.Public.Support;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Sensitive;

/// <summary>
/// The canary (issue 6, "a test that must never fail"): a unique marker in a Part 2 section and an OFFICIAL-SENSITIVE
/// attachment of a published report. A cleared reader with a second factor and a grant sees it (the positive control,
/// so this test can fail); after that read, an anonymous crawl of everything public (every page linked from the
/// publications list and the report page, the feed, searches for the marker, the public API, the platform's index),
/// each address asked twice so that output-cached copies are checked too, never meets it.
/// </summary>
public sealed partial class Part2CanaryTests(Part2Fixture portal) : IClassFixture<Part2Fixture>
{
    private const string Reference = "P2-CANARY-1";
    private const int MaxAddresses = 600;

    [GeneratedRegex("""(?:href|src|action)="([^"]+)"|<(?:link|id)>([^<]+)</""")]
    private static partial Regex Links();

    [Fact]
    public async Task The_part_2_marker_reaches_only_a_cleared_reader_with_a_grant()
    {
        var marker = "CANARY-" + Guid.NewGuid().ToString("N")[..16];
        var attachmentId = await portal.PublishAsync(Reference, $"The price per seat is {marker}.", sensitiveFile: marker);

        // Positive control: the marker is there, and the cleared, second-factor reader with a grant sees it.
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _ = reader;
        (await portal.GrantAsync(Reference, email)).Is(HttpStatusCode.Created);
        foreach (var path in new[] { $"/publications/{Reference}/part-2", $"/api/publications/{Reference}/part-2", $"/publications/{Reference}/part-2/attachments/{attachmentId}" })
        {
            var read = await reader.Browser.GetAsync(PublicationsSession.Tenant + path);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains(marker, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The same person's view of the public pages (signed in: not output-cached) shows it nowhere either.
        foreach (var path in new[] { "/met/publications", $"/met/publications/{Reference}", "/met/publications/feed" })
        {
            Assert.DoesNotContain(marker, await reader.Browser.GetStringAsync(path), StringComparison.Ordinal);
        }

        using var anonymous = portal.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        // Searches ask for the marker's words (the search page echoes its query, and an echo of the whole marker would
        // pass for a leak); the words match the marker as the full-text index splits it.
        var markerWords = marker.Replace('-', ' ');
        var markerCode = marker["CANARY-".Length..];
        var start = new List<string>
        {
            "/met/publications", $"/met/publications/{Reference}", "/met/publications/feed",
            $"/met/publications?q={markerCode}", $"/met/publications?q={Uri.EscapeDataString(markerWords)}",
            "/met/api/public/publications", $"/met/api/public/publications/{Reference}",
            $"/met/api/public/publications?q={Uri.EscapeDataString(markerWords)}", $"/met/api/public/publications?q={markerCode}",
            $"/met/publications/{Reference}/attachments/{attachmentId}",
            $"/met/publications/{Reference}/part-2", $"/met/api/publications/{Reference}/part-2",
            $"/met/publications/{Reference}/part-2/attachments/{attachmentId}", $"/met/api/publications/{Reference}/part-2/attachments/{attachmentId}",
            "/publications", $"/publications?q={Uri.EscapeDataString(markerWords)}",
        };

        // The platform's index is fed through the bus: wait until it lists the report, so it is really checked.
        await Poll.UntilAsync(() => anonymous.GetStringAsync("/publications"), html => html.Contains(Reference, StringComparison.Ordinal), "the index to list the report");

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(start);
        while (queue.TryDequeue(out var url))
        {
            if (!visited.Add(url))
            {
                continue;
            }

            Assert.True(visited.Count <= MaxAddresses, $"the crawl passed {MaxAddresses} addresses: {string.Join(" ", visited.Take(20))}");
            string body = "";
            // Twice: the second answer may come from the output cache, filled by the first.
            for (var attempt = 0; attempt < 2; attempt++)
            {
                using var response = await anonymous.GetAsync(url);
                body = await response.Content.ReadAsStringAsync();
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{url} (request {attempt + 1}) shows the Part 2 marker");
                Assert.DoesNotContain(marker, response.Headers.ToString() + response.Content.Headers, StringComparison.Ordinal);
            }

            if (IsPublicationsPage(url))
            {
                foreach (var link in LocalLinks(body))
                {
                    queue.Enqueue(link);
                }
            }
        }

        // Search for the marker finds nothing: an echo of the query is not a result.
        Assert.Contains("0 reports", await anonymous.GetStringAsync($"/met/publications?q={Uri.EscapeDataString(markerWords)}"), StringComparison.Ordinal);
        Assert.Contains("0 reports", await anonymous.GetStringAsync($"/met/publications?q={markerCode}"), StringComparison.Ordinal);
        Assert.Contains("\"total\":0", await anonymous.GetStringAsync($"/met/api/public/publications?q={Uri.EscapeDataString(markerWords)}"), StringComparison.Ordinal);
        Assert.Contains($"/met/publications/{Reference}", visited);
        Assert.Contains("/met/publications/feed", visited);
        Assert.True(visited.Count > start.Count, $"the crawl followed no link: {string.Join(" ", visited)}");
    }

    // Links of the public reading side are followed; any other page (sign-in, assets) is fetched but not crawled.
    private static bool IsPublicationsPage(string url) =>
        url.StartsWith("/met/publications", StringComparison.Ordinal) || url.StartsWith("/met/api/public/", StringComparison.Ordinal)
        || url.StartsWith("/publications", StringComparison.Ordinal);

    private static IEnumerable<string> LocalLinks(string body)
    {
        foreach (Match match in Links().Matches(body))
        {
            var raw = WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value).Trim();
            if (Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && absolute.Host == "localhost")
            {
                raw = absolute.PathAndQuery;
            }

            if (raw.StartsWith('/') && !raw.StartsWith("//", StringComparison.Ordinal))
            {
                var hash = raw.IndexOf('#');
                yield return hash < 0 ? raw : raw[..hash];
            }
        }
    }
}
