using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;
using static Portal.Publications.Tests.Authoring.AuthoringForms;

namespace Portal.Publications.Tests.Authoring;

/// <summary>Part 1 sections (catalogue, preview, order, removal) and Part 2 sections (write-only text, release condition) through their forms.</summary>
public sealed class SectionPagesTests(AuthoringFixture people) : IClassFixture<AuthoringFixture>
{
    private const string Marker = "CANARY-pages-part2-7f3e";

    [Fact]
    public async Task A_section_form_with_errors_comes_back_linking_each_field_and_stores_nothing()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-BAD-1"), "SP-BAD-1");

        var refused = await AddSectionAsync(people.Editor, "SP-BAD-1", kind: "", body: " ", classification: "OFFICIAL-SENSITIVE");

        var html = await IsRefusedAsync(refused, HttpStatusCode.BadRequest, "Kind", "Body", "Classification");
        Assert.Contains("Part 1 is published", html, StringComparison.Ordinal);
        Assert.Empty((await FindAsync("SP-BAD-1")).Part1);
    }

    [Fact]
    public async Task The_preview_shows_the_sanitised_rendering_and_stores_nothing()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-PREVIEW-1"), "SP-PREVIEW-1");

        var preview = await PostAsync(people.Editor, $"{Report("SP-PREVIEW-1")}/sections/new", $"{Report("SP-PREVIEW-1")}/sections/new",
            ("Kind", "Legal"), ("Body", "**Bold** <script>alert('x')</script> [link](javascript:alert(1)) <img src=x onerror=alert(2)>"),
            ("Classification", "OFFICIAL-PUBLIC"), ("Action", "preview"));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        var shown = html[html.IndexOf("id=\"preview\"", StringComparison.Ordinal)..html.IndexOf("<form method=\"post\"", StringComparison.Ordinal)];
        Assert.Contains("<strong>Bold</strong>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", shown, StringComparison.OrdinalIgnoreCase);
        // Raw HTML is written out as text, so no element (and no handler on one) exists.
        Assert.DoesNotContain("<img", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await FindAsync("SP-PREVIEW-1")).Part1);
    }

    [Fact]
    public async Task Sections_are_added_from_the_catalogue_changed_reordered_and_removed()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-ORDER-1"), "SP-ORDER-1");
        IsSaved(await AddSectionAsync(people.Editor, "SP-ORDER-1", "ExecutiveSummary", "First."), "SP-ORDER-1");
        IsSaved(await AddSectionAsync(people.Editor, "SP-ORDER-1", "Recommendations", "Second."), "SP-ORDER-1");
        Assert.Equal(["Executive summary", "Recommendations"], Headings(await FindAsync("SP-ORDER-1")));

        IsSaved(await PostAsync(people.Editor, $"{Report("SP-ORDER-1")}/sections/1", $"{Report("SP-ORDER-1")}/sections/1",
            ("Kind", "Recommendations"), ("Heading", "What we recommend"), ("Body", "Second, changed."), ("Classification", "OFFICIAL-PUBLIC"), ("Action", "save")), "SP-ORDER-1");
        IsSaved(await PostAsync(people.Editor, Report("SP-ORDER-1"), $"{Report("SP-ORDER-1")}/sections/1/move", ("direction", "up")), "SP-ORDER-1");
        var moved = await FindAsync("SP-ORDER-1");
        Assert.Equal(["What we recommend", "Executive summary"], Headings(moved));
        Assert.Equal("Second, changed.", moved.Part1.OrderBy(s => s.Position).First().Body);

        IsSaved(await PostAsync(people.Editor, Report("SP-ORDER-1"), $"{Report("SP-ORDER-1")}/sections/0/remove"), "SP-ORDER-1");
        Assert.Equal(["Executive summary"], Headings(await FindAsync("SP-ORDER-1")));
    }

    [Fact]
    public async Task A_move_from_a_stale_page_is_409_on_the_report_page_and_changes_nothing()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-STALE-1"), "SP-STALE-1");
        IsSaved(await AddSectionAsync(people.Editor, "SP-STALE-1", "ExecutiveSummary", "First."), "SP-STALE-1");
        var (_, page) = await GetAsync(people.Editor, Report("SP-STALE-1"));
        var stale = VersionOf(page);
        IsSaved(await AddSectionAsync(people.Editor, "SP-STALE-1", "Recommendations", "Second."), "SP-STALE-1");

        var refused = await PostAsync(people.Editor, Report("SP-STALE-1"), $"{Report("SP-STALE-1")}/sections/1/move", ("version", stale), ("direction", "up"));

        await IsRefusedAsync(refused, HttpStatusCode.Conflict, "part1_1_");
        Assert.Equal(["Executive summary", "Recommendations"], Headings(await FindAsync("SP-STALE-1")));
    }

    [Fact]
    public async Task A_part_2_section_is_written_but_its_text_is_never_sent_back_and_an_empty_text_keeps_it()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-P2-1"), "SP-P2-1");

        var added = await PostAsync(people.Editor, $"{Report("SP-P2-1")}/part-2-sections/new", $"{Report("SP-P2-1")}/part-2-sections/new",
            ("Heading", "Commercial detail"), ("Body", Marker), ("Classification", "OFFICIAL-SENSITIVE"), ("ExemptionBasis", "Section 43, commercial interests"),
            ("ReleaseCondition", "ContractExpiry"), ("ReleaseDay", "31"), ("ReleaseMonth", "3"), ("ReleaseYear", "2031"), ("ContractName", "Telephony services 2026"));

        IsSaved(added, "SP-P2-1");
        var section = Assert.Single((await FindAsync("SP-P2-1")).Part2);
        Assert.Equal((Marker, ReleaseConditionKind.ContractExpiry, new DateOnly(2031, 3, 31)), (section.Body, section.ReleaseCondition, section.ReleaseOn));
        var (_, reportPage) = await GetAsync(people.Editor, Report("SP-P2-1"));
        Assert.Contains("Section 43, commercial interests", reportPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, reportPage, StringComparison.Ordinal);
        var editPage = await people.Editor.Browser.GetAsync($"/met{Report("SP-P2-1")}/part-2-sections/{section.Id}");
        Assert.DoesNotContain(Marker, await editPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no-store", editPage.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        IsSaved(await PostAsync(people.Editor, $"{Report("SP-P2-1")}/part-2-sections/{section.Id}", $"{Report("SP-P2-1")}/part-2-sections/{section.Id}",
            ("Heading", "Commercial detail, renamed"), ("Body", ""), ("Classification", "OFFICIAL-SENSITIVE"), ("ExemptionBasis", "Section 43, commercial interests"),
            ("ReleaseCondition", "FixedDate"), ("ReleaseDay", "1"), ("ReleaseMonth", "4"), ("ReleaseYear", "2032"), ("ContractName", "")), "SP-P2-1");
        var kept = Assert.Single((await FindAsync("SP-P2-1")).Part2);
        Assert.Equal((section.Id, "Commercial detail, renamed", Marker, ReleaseConditionKind.FixedDate, (string?)null), (kept.Id, kept.Heading, kept.Body, kept.ReleaseCondition, kept.ContractName));
    }

    [Fact]
    public async Task A_part_2_form_with_errors_comes_back_linking_each_field_and_stores_nothing()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-P2-BAD-1"), "SP-P2-BAD-1");

        var refused = await PostAsync(people.Editor, $"{Report("SP-P2-BAD-1")}/part-2-sections/new", $"{Report("SP-P2-BAD-1")}/part-2-sections/new",
            ("Heading", ""), ("Body", ""), ("Classification", "OFFICIAL-PUBLIC"), ("ExemptionBasis", ""),
            ("ReleaseCondition", "ContractExpiry"), ("ReleaseDay", "30"), ("ReleaseMonth", "2"), ("ReleaseYear", "2031"), ("ContractName", ""));

        var html = await IsRefusedAsync(refused, HttpStatusCode.BadRequest, "Heading", "Body", "Classification", "ExemptionBasis", "ReleaseDay", "ContractName");
        Assert.Contains("Enter a real date", html, StringComparison.Ordinal);
        Assert.Empty((await FindAsync("SP-P2-BAD-1")).Part2);
    }

    [Fact]
    public async Task A_viewer_may_not_open_or_post_the_section_forms()
    {
        IsSaved(await CreateAsync(people.Editor, "SP-VIEWER-1"), "SP-VIEWER-1");

        var form = await people.Viewer.Browser.GetAsync($"/met{Report("SP-VIEWER-1")}/sections/new");
        var posted = await PostAsync(people.Viewer, Report("SP-VIEWER-1"), $"{Report("SP-VIEWER-1")}/part-2-sections/new",
            ("Heading", "H"), ("Body", "B"), ("Classification", "OFFICIAL-SENSITIVE"), ("ExemptionBasis", "E"), ("ReleaseCondition", "FixedDate"),
            ("ReleaseDay", "1"), ("ReleaseMonth", "1"), ("ReleaseYear", "2030"));

        Assert.True(form.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"answered {(int)form.StatusCode}");
        Assert.True(posted.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"answered {(int)posted.StatusCode}");
        Assert.DoesNotContain(Report("SP-VIEWER-1"), posted.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await FindAsync("SP-VIEWER-1")).Part2);
        Assert.DoesNotContain("Add section", (await GetAsync(people.Viewer, Report("SP-VIEWER-1"))).Html, StringComparison.Ordinal);
    }

    private static string[] Headings(DecisionReport report) => report.Part1.OrderBy(s => s.Position).Select(s => s.Heading).ToArray();

    private async Task<DecisionReport> FindAsync(string reference) =>
        await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<ReportAuthoring>().FindAsync(reference, CancellationToken.None))
        ?? throw new InvalidOperationException($"No report {reference}.");
}
