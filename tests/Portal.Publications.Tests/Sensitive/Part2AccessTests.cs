using System.Net;
using System.Text.RegularExpressions;
using Portal.Abstractions.Security;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Sensitive;

/// <summary>
/// Part 2 page and API: OfficialSensitive (sign-in, SC vetting, a recent second factor) plus a grant for the report;
/// marked top and bottom, never stored, each read audited with who, which report and which version; every refusal
/// without Part 2 in its body.
/// </summary>
public sealed class Part2AccessTests(Part2Fixture portal) : IClassFixture<Part2Fixture>
{
    private static string Page(string reference) => $"/publications/{reference}/part-2";

    private static string Api(string reference) => $"/api/publications/{reference}/part-2";

    // Redirects come as "/x" or "http://localhost/x": the path and query is what matters.
    private static string Target(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : "";

    [Fact]
    public async Task A_cleared_reader_with_a_grant_reads_part_2_marked_top_and_bottom_not_stored_and_each_read_is_audited()
    {
        const string marker = "P2-READ-7f3a1c";
        await portal.PublishAsync("P2-READ-1", marker);
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _ = reader;
        (await portal.GrantAsync("P2-READ-1", email.ToUpperInvariant())).Is(HttpStatusCode.Created);

        var page = await reader.Browser.GetAsync(PublicationsSession.Tenant + Page("p2-read-1"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(marker, html, StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoStore);
        var markings = Regex.Matches(html, """<div class="portal-classification[^"]*">\s*<p[^>]*>.*?OFFICIAL-SENSITIVE</p>""", RegexOptions.Singleline);
        Assert.Equal(2, markings.Count);
        Assert.True(html.IndexOf(markings[0].Value, StringComparison.Ordinal) < html.IndexOf(marker, StringComparison.Ordinal));
        Assert.True(html.LastIndexOf(markings[1].Value, StringComparison.Ordinal) > html.LastIndexOf(marker, StringComparison.Ordinal));
        Assert.Contains("Section 43, commercial interests", html, StringComparison.Ordinal);

        var api = await reader.GetAsync(Api("P2-READ-1"));
        api.Is(HttpStatusCode.OK);
        Assert.Equal(OfficialSensitive.Marking, api.Body.GetProperty("marking").GetString());
        Assert.Equal(OfficialSensitive.Marking, api.Body.GetProperty("closingMarking").GetString());
        Assert.Equal(1, api.Body.GetProperty("version").GetInt32());
        Assert.Equal(marker, api.Body.GetProperty("sections")[0].GetProperty("markdown").GetString());
        Assert.StartsWith("{\"marking\":\"OFFICIAL-SENSITIVE\"", api.Text, StringComparison.Ordinal);
        Assert.EndsWith("\"closingMarking\":\"OFFICIAL-SENSITIVE\"}", api.Text, StringComparison.Ordinal);

        var reads = (await portal.AuditAsync("sensitive-read"))
            .Where(e => e.GetProperty("actor").GetString() == email && e.GetProperty("subject").GetString() == "P2-READ-1").ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, e =>
        {
            Assert.Equal("part-2-read", e.GetProperty("action").GetString());
            Assert.Equal("Success", e.GetProperty("outcome").GetString());
            Assert.Equal("version 1", e.GetProperty("detail").GetString());
        });
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in_by_the_page_and_gets_401_from_the_api()
    {
        const string marker = "P2-ANON-92be0d";
        await portal.PublishAsync("P2-ANON-1", marker);
        using var anonymous = portal.Factory.CreateBrowser();

        var page = await anonymous.GetAsync(PublicationsSession.Tenant + Page("P2-ANON-1"));
        var api = await anonymous.GetAsync(PublicationsSession.Tenant + Api("P2-ANON-1"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/met/account/login", Target(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(marker, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_SC_vetting_a_reader_with_a_grant_is_refused_403_and_the_refusal_is_audited()
    {
        const string marker = "P2-BPSS-11ce45";
        await portal.PublishAsync("P2-BPSS-1", marker);
        var (reader, email) = await portal.ReaderAsync("BPSS", secondFactor: false);
        using var _ = reader;
        (await portal.GrantAsync("P2-BPSS-1", email)).Is(HttpStatusCode.Created);

        var page = await reader.Browser.GetAsync(PublicationsSession.Tenant + Page("P2-BPSS-1"));
        var api = await reader.GetAsync(Api("P2-BPSS-1"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/met/account/access-denied", Target(page), StringComparison.Ordinal);
        api.Is(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(marker, api.Text, StringComparison.Ordinal);
        var refusals = (await portal.AuditAsync("refusal")).Where(e => e.GetProperty("actor").GetString() == email).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, e => Assert.Contains("vetting below SC", e.GetProperty("detail").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SC_without_a_second_factor_is_sent_to_step_up_by_the_page_and_refused_403_by_the_api()
    {
        const string marker = "P2-STEP-5d0e77";
        await portal.PublishAsync("P2-STEP-1", marker);
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: false);
        using var _ = reader;
        (await portal.GrantAsync("P2-STEP-1", email)).Is(HttpStatusCode.Created);

        var page = await reader.Browser.GetAsync(PublicationsSession.Tenant + Page("P2-STEP-1"));
        var api = await reader.GetAsync(Api("P2-STEP-1"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/met/account/step-up?returnUrl=" + Uri.EscapeDataString("/met" + Page("P2-STEP-1")), Target(page));
        Assert.True(page.Headers.CacheControl?.NoStore);
        api.Is(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(marker, api.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cleared_reader_without_a_grant_gets_403_problem_json_without_part_2_and_the_refusal_is_audited()
    {
        const string marker = "P2-NOGRANT-c4a9";
        await portal.PublishAsync("P2-NOGRANT-1", marker);
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _ = reader;
        // A grant for another report does not count.
        await portal.PublishAsync("P2-NOGRANT-2", "Another report's Part 2");
        (await portal.GrantAsync("P2-NOGRANT-2", email)).Is(HttpStatusCode.Created);

        var api = await reader.GetAsync(Api("P2-NOGRANT-1"));
        var page = await reader.Browser.GetAsync(PublicationsSession.Tenant + Page("P2-NOGRANT-1"));
        var html = await page.Content.ReadAsStringAsync();

        api.Is(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", api.ContentType);
        Assert.DoesNotContain(marker, api.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("You do not have access to this Part 2", html, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Commercial detail", html, StringComparison.Ordinal);
        var refusals = (await portal.AuditAsync("refusal"))
            .Where(e => e.GetProperty("actor").GetString() == email && e.GetProperty("action").GetString() == "part-2-refused").ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, e => Assert.Equal("P2-NOGRANT-1", e.GetProperty("subject").GetString()));
        Assert.DoesNotContain((await portal.AuditAsync("sensitive-read")), e => e.GetProperty("actor").GetString() == email);
    }

    [Fact]
    public async Task An_unknown_reference_or_a_report_never_published_is_404()
    {
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _ = reader;
        var draft = await portal.Admin.PostAsync(Part2Fixture.Reports, ReportDocuments.Valid("P2-DRAFT-1", "P2-DRAFT-body-61aa"));
        draft.Is(HttpStatusCode.Created);
        (await portal.GrantAsync("P2-DRAFT-1", email)).Is(HttpStatusCode.Created);

        foreach (var reference in new[] { "P2-NOWHERE-1", "P2-DRAFT-1", "not a reference" })
        {
            var api = await reader.GetAsync(Api(Uri.EscapeDataString(reference)));
            api.Is(HttpStatusCode.NotFound);
            Assert.Equal("application/problem+json", api.ContentType);
            Assert.DoesNotContain("P2-DRAFT-body-61aa", api.Text, StringComparison.Ordinal);
            var page = await reader.Browser.GetAsync(PublicationsSession.Tenant + Page(Uri.EscapeDataString(reference)));
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }
    }

    [Fact]
    public async Task A_token_without_the_sensitive_scopes_is_refused_403()
    {
        const string marker = "P2-TOKEN-8e21";
        await portal.PublishAsync("P2-TOKEN-1", marker);
        (await portal.GrantAsync("P2-TOKEN-1", "client:met-automation")).Is(HttpStatusCode.Created);
        using var client = await portal.Factory.BearerClientAsync("publications.read");

        var response = await client.GetAsync(PublicationsSession.Tenant + Api("P2-TOKEN-1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sensitive_attachment_is_a_no_store_nosniff_download_for_a_granted_reader_only_and_each_download_is_audited()
    {
        const string marker = "P2-FILE-2b7c90";
        var attachmentId = await portal.PublishAsync("P2-FILE-1", "Part 2 with a price schedule", sensitiveFile: marker);
        var (granted, email) = await portal.ReaderAsync("SC", secondFactor: true);
        var (other, _) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _granted = granted;
        using var _other = other;
        (await portal.GrantAsync("P2-FILE-1", email)).Is(HttpStatusCode.Created);
        var path = $"/publications/P2-FILE-1/part-2/attachments/{attachmentId}";

        var part2 = await granted.GetAsync(Api("P2-FILE-1"));
        Assert.Equal($"/met/api/publications/P2-FILE-1/part-2/attachments/{attachmentId}", part2.Body.GetProperty("attachments")[0].GetProperty("href").GetString());
        foreach (var url in new[] { PublicationsSession.Tenant + path, PublicationsSession.Tenant + "/api" + path })
        {
            var file = await granted.Browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Contains(marker, await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("prices.csv", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal("nosniff", string.Join(",", file.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(file.Headers.CacheControl?.NoStore);

            var refused = await other.Browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain(marker, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var anonymous = portal.Factory.CreateBrowser();
        var anonymousFile = await anonymous.GetAsync(PublicationsSession.Tenant + path);
        Assert.Equal(HttpStatusCode.Redirect, anonymousFile.StatusCode);
        // The public download refuses an OFFICIAL-SENSITIVE attachment whatever the caller.
        var publicDownload = await anonymous.GetAsync($"{PublicationsSession.Tenant}/publications/P2-FILE-1/attachments/{attachmentId}");
        Assert.DoesNotContain(marker, await publicDownload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var downloads = (await portal.AuditAsync("sensitive-read"))
            .Where(e => e.GetProperty("actor").GetString() == email && e.GetProperty("action").GetString() == "part-2-attachment-read").ToList();
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, e => Assert.Contains($"version 1, attachment {attachmentId}", e.GetProperty("detail").GetString(), StringComparison.Ordinal));
    }
}
