using System.Net;
using System.Text.RegularExpressions;
using Portal.Publications.Tests.Public.Support;

namespace Portal.Publications.Tests.Public;

/// <summary>
/// The force's public pages, anonymous: the list with its search, filters and pages; a report's page with Part 1,
/// the marking top and bottom, only the exemption statement of Part 2, the versions and a withdrawal's notice;
/// public attachments as downloads; and what it refuses (unknown references, sensitive files) with a 404 page.
/// </summary>
[Collection(PublicSiteCollection.Name)]
public sealed partial class PublicReportPagesTests(PublicSiteFixture portal)
{
    private const string Met = PublicSiteFixture.Met;

    [Fact]
    public async Task The_list_is_anonymous_marked_and_offers_a_get_search_form_that_works_without_javascript()
    {
        using var client = portal.Factory.Anonymous();

        var (status, html) = await GetAsync(client, $"/{Met}/publications");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, Count(html, "OFFICIAL-PUBLIC"));
        Assert.Matches("<form method=\"get\" action=\"/met/publications\"", html);
        Assert.Contains("name=\"q\"", html);
        Assert.Contains($"{portal.Of(Met).Count} reports", html);
        Assert.Contains("Showing 1 to 20 of", html);
        Assert.Contains("govuk-pagination", html);
        Assert.Contains("/met/_content/Portal.Publications/css/publications.css", html);
    }

    [Fact]
    public async Task The_second_page_lists_the_rest_and_a_page_that_is_not_a_number_reads_as_the_first()
    {
        using var client = portal.Factory.Anonymous();
        var total = portal.Of(Met).Count;

        var (_, second) = await GetAsync(client, $"/{Met}/publications?page=2");
        var (status, odd) = await GetAsync(client, $"/{Met}/publications?page=abc&year=twenty");

        Assert.Contains($"Showing 21 to {total} of {total}", second);
        Assert.Equal(total - 20, ResultLinks(second).Count);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Showing 1 to 20 of {total}", odd);
        Assert.DoesNotContain("Error:", TitleOf(odd));
    }

    [Theory]
    [InlineData("year=2025")]
    [InlineData("decisionMaker=Deputy+Commissioner")]
    [InlineData("tag=Estates")]
    [InlineData("year=2026&tag=Estates")]
    public async Task Filters_narrow_the_list_to_the_matching_reports(string filter)
    {
        using var client = portal.Factory.Anonymous();
        var expected = portal.Of(Met).Where(r => Matches(r, filter)).Select(r => r.Reference).Order().ToList();
        Assert.NotEmpty(expected);

        var (_, html) = await GetAsync(client, $"/{Met}/publications?{filter}&page=1");

        Assert.Contains(expected.Count == 1 ? "1 report" : $"{expected.Count} reports", html);
        var listed = ResultLinks(html);
        Assert.Equal(expected.Take(20).Count(), listed.Count);
        Assert.All(listed, reference => Assert.Contains(reference, expected));
    }

    [Fact]
    public async Task Words_find_part_1_text_and_the_withdrawn_report_is_listed_as_withdrawn()
    {
        using var client = portal.Factory.Anonymous();

        var (_, found) = await GetAsync(client, $"/{Met}/publications?q=costs+less+than+staying");
        var (_, all) = await GetAsync(client, $"/{Met}/publications?q=temporary+control+room");

        Assert.Equal([PublicSiteFixture.TwoPartReference], ResultLinks(found));
        Assert.Equal([PublicSiteFixture.WithdrawnReference], ResultLinks(all));
        Assert.Contains("Withdrawn", all);
    }

    [Theory]
    [InlineData("\"control")]
    [InlineData("control OR NOT * NEAR(a b) ^x col:room")]
    [InlineData("100%_\\ room')--")]
    public async Task Search_text_with_query_syntax_gives_a_normal_result_page(string text)
    {
        using var client = portal.Factory.Anonymous();

        var (status, html) = await GetAsync(client, $"/{Met}/publications?q={Uri.EscapeDataString(text)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"results-heading\"", html);
    }

    [Fact]
    public async Task Search_text_of_ten_thousand_characters_gives_a_normal_result_page()
    {
        using var client = portal.Factory.Anonymous();
        var text = string.Concat(Enumerable.Repeat("control room ", 834))[..10_000];

        var (status, html) = await GetAsync(client, $"/{Met}/publications?q={Uri.EscapeDataString(text)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"results-heading\"", html);
    }

    [Fact]
    public async Task A_report_page_shows_part_1_the_marking_top_and_bottom_and_only_the_exemption_of_part_2()
    {
        using var client = portal.Factory.Anonymous();

        var (status, html) = await GetAsync(client, $"/{Met}/publications/{PublicSiteFixture.TwoPartReference.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, status);
        var top = html.IndexOf("OFFICIAL-PUBLIC", StringComparison.Ordinal);
        var main = html.IndexOf("id=\"main-content\"", StringComparison.Ordinal);
        var bottom = html.LastIndexOf("OFFICIAL-PUBLIC", StringComparison.Ordinal);
        Assert.True(top >= 0 && top < main && bottom > html.IndexOf("</main>", StringComparison.Ordinal), "the marking is not at the top and the bottom");
        Assert.Contains("Moving the control room", html);
        Assert.Contains(">Executive summary</h3>", html);
        Assert.Contains(">Financial</h3>", html);
        Assert.Contains("Withheld under Section 43, commercial interests, until the related contract expires on 31 March 2031.", html);
        Assert.DoesNotContain(PublicSiteFixture.Marker, html);
        Assert.DoesNotContain("Commercial detail", html);
    }

    [Fact]
    public async Task Markdown_with_script_handlers_or_javascript_links_is_inert_on_the_page()
    {
        using var client = portal.Factory.Anonymous();

        var (_, html) = await GetAsync(client, $"/{Met}/publications/{PublicSiteFixture.TwoPartReference}");

        var body = html[html.IndexOf(">Financial</h3>", StringComparison.Ordinal)..html.IndexOf("id=\"part-2\"", StringComparison.Ordinal)];
        Assert.Contains("The move costs less than staying.", body);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        // Escaped as text is inert; what must not exist is an element carrying a handler or a javascript: address.
        Assert.DoesNotMatch(new Regex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase), body);
        Assert.DoesNotMatch(new Regex("(href|src)\\s*=\\s*\"?\\s*javascript:", RegexOptions.IgnoreCase), body);
    }

    [Fact]
    public async Task A_report_page_lists_every_version_with_its_change_note_and_the_public_attachments()
    {
        using var client = portal.Factory.Anonymous();

        var (_, html) = await GetAsync(client, $"/{Met}/publications/{PublicSiteFixture.TwoPartReference}");

        Assert.Contains("First published.", html);
        Assert.Contains(PublicSiteFixture.SecondChangeNote, html);
        Assert.Contains("corrected figures", html);
        Assert.Contains($"/met/publications/{PublicSiteFixture.TwoPartReference}/attachments/{portal.PublicAttachmentId}", html);
        Assert.DoesNotContain(portal.SensitiveAttachmentId.ToString(), html);
    }

    [Fact]
    public async Task A_withdrawn_report_shows_the_notice_with_its_reason_and_no_content()
    {
        using var client = portal.Factory.Anonymous();

        var (status, html) = await GetAsync(client, $"/{Met}/publications/{PublicSiteFixture.WithdrawnReference}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("This report was withdrawn on", html);
        Assert.Contains(WebUtility.HtmlEncode(PublicSiteFixture.WithdrawalReason), html);
        Assert.DoesNotContain(">Executive summary</h3>", html);
    }

    [Theory]
    [InlineData("NO-SUCH-REPORT")]
    [InlineData("not a reference")]
    [InlineData("CITY-2026-001")]
    public async Task An_unknown_reference_or_another_forces_report_is_a_404_page(string reference)
    {
        using var client = portal.Factory.Anonymous();

        var (status, html) = await GetAsync(client, $"/{Met}/publications/{Uri.EscapeDataString(reference)}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html);
    }

    [Fact]
    public async Task A_public_attachment_downloads_as_an_attachment_with_nosniff()
    {
        using var client = portal.Factory.Anonymous();

        using var response = await client.GetAsync($"/{Met}/publications/{PublicSiteFixture.TwoPartReference}/attachments/{portal.PublicAttachmentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("floor-plan.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PublicSiteFixture.PublicPdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_sensitive_attachment_or_an_unknown_one_is_not_served_publicly()
    {
        using var client = portal.Factory.Anonymous();

        using var sensitive = await client.GetAsync($"/{Met}/publications/{PublicSiteFixture.TwoPartReference}/attachments/{portal.SensitiveAttachmentId}");
        using var unknown = await client.GetAsync($"/{Met}/publications/{PublicSiteFixture.TwoPartReference}/attachments/{Guid.NewGuid()}");
        using var elsewhere = await client.GetAsync($"/{Met}/publications/MET-BULK-01/attachments/{portal.PublicAttachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, sensitive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain(PublicSiteFixture.Marker, await sensitive.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_print_stylesheet_hides_navigation_and_prints_link_addresses()
    {
        using var client = portal.Factory.Anonymous();

        var (status, css) = await GetAsync(client, $"/{Met}/_content/Portal.Publications/css/publications.css");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("@media print", css);
        Assert.Contains(".govuk-service-navigation", css);
        Assert.Contains("attr(href)", css);
    }

    internal static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The references the result list links to, in order.</summary>
    internal static List<string> ResultLinks(string html) =>
        ResultLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    private static string TitleOf(string html) => html[html.IndexOf("<title>", StringComparison.Ordinal)..html.IndexOf("</title>", StringComparison.Ordinal)];

    private static bool Matches(SeededReport report, string filter) => filter.Split('&').All(part =>
    {
        var (name, value) = (part.Split('=')[0], Uri.UnescapeDataString(part.Split('=')[1].Replace('+', ' ')));
        return name switch
        {
            "year" => report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == value,
            "decisionMaker" => report.DecisionMaker == value,
            "tag" => report.Tags.Contains(value),
            _ => throw new ArgumentException(name),
        };
    });

    [GeneratedRegex("<h3 class=\"govuk-heading-s govuk-!-margin-bottom-1\">\\s*<a class=\"govuk-link\" href=\"/met/publications/([A-Z0-9-]+)\"")]
    private static partial Regex ResultLink();
}
