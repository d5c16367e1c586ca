using System.Text.Json;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;
using Portal.Publications.Search;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Reports;

public sealed class PublishedReportsTests
{
    private const string Marker = "CANARY-7f3a9c-PART2";

    [Fact]
    public async Task A_published_report_reads_with_part_1_and_only_the_exemption_statement_of_part_2()
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        await store.PublishAsync(SampleReports.Approved(part2Body: Marker));
        await using var db = store.NewContext();
        var reports = new PublishedReports(db, new SqliteFullTextSearch(db), new SafeMarkdown());

        var report = await reports.GetAsync("pcd-2026-001");

        Assert.NotNull(report);
        Assert.Equal("PCD-2026-001", report.Reference);
        Assert.Equal(["Executive summary", "Recommendations"], report.Sections.Select(s => s.Heading));
        Assert.Equal("OFFICIAL-PUBLIC", report.Marking);
        var exemption = Assert.Single(report.Exemptions);
        Assert.Equal("Section 43, commercial interests", exemption.ExemptionBasis);
        Assert.Equal(new DateOnly(2031, 3, 31), exemption.ReleaseOn);
        Assert.Equal(1, Assert.Single(report.Versions).Number);
        var json = JsonSerializer.Serialize(report);
        Assert.DoesNotContain(Marker, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Telephony services 2026", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Commercial detail", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sensitive_part_holds_the_part_2_sections()
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        await store.PublishAsync(SampleReports.Approved(part2Body: Marker));
        await using var db = store.NewContext();

        var part2 = await new SensitiveParts(db, new SafeMarkdown()).GetAsync("PCD-2026-001");

        Assert.NotNull(part2);
        Assert.Equal("OFFICIAL-SENSITIVE", part2.Marking);
        var section = Assert.Single(part2.Sections);
        Assert.Equal(Marker, section.Markdown);
        Assert.Equal("Telephony services 2026", section.ContractName);
    }

    [Fact]
    public async Task Search_finds_part_1_words_never_part_2_words()
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        await store.PublishAsync(SampleReports.Approved(part2Body: Marker));
        await using var db = store.NewContext();
        var reports = new PublishedReports(db, new SqliteFullTextSearch(db), new SafeMarkdown());

        var byPart1 = await reports.SearchAsync(new PublishedReportQuery(Text: "end of its SUPPORT"));
        var byPart2 = await reports.SearchAsync(new PublishedReportQuery(Text: Marker));

        Assert.Equal("PCD-2026-001", Assert.Single(byPart1.Items).Reference);
        Assert.Equal(0, byPart2.Total);
        Assert.Empty(byPart2.Items);
    }

    [Theory]
    [InlineData("\"telephony")]
    [InlineData("telephony OR NOT * NEAR(a b) ^x col:y")]
    [InlineData("100%_\\ telephony")]
    public async Task Query_syntax_in_the_text_is_read_as_plain_words(string text)
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        await store.PublishAsync(SampleReports.Approved());
        await using var db = store.NewContext();
        var reports = new PublishedReports(db, new SqliteFullTextSearch(db), new SafeMarkdown());

        var page = await reports.SearchAsync(new PublishedReportQuery(Text: text));

        Assert.Equal(SearchWords.From(text).All(w => w == "telephony"), page.Total == 1);
    }

    [Fact]
    public async Task A_ten_thousand_character_search_gives_a_normal_empty_page()
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        await store.PublishAsync(SampleReports.Approved());
        await using var db = store.NewContext();
        var reports = new PublishedReports(db, new SqliteFullTextSearch(db), new SafeMarkdown());

        var page = await reports.SearchAsync(new PublishedReportQuery(Text: string.Concat(Enumerable.Repeat("zq\"*( ", 1700)), Page: -3, PageSize: 100_000));

        Assert.Equal(0, page.Total);
        Assert.Equal(1, page.Page);
        Assert.Equal(PublishedReportQuery.MaxPageSize, page.PageSize);
    }

    [Fact]
    public async Task Filters_narrow_by_year_decision_maker_and_tag()
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        var first = SampleReports.Approved("PCD-2025-001");
        first.DecisionDate = new DateOnly(2025, 5, 1);
        first.Tags = ["Estates"];
        await store.PublishAsync(first);
        await store.PublishAsync(SampleReports.Approved("PCD-2026-002"));
        await using var db = store.NewContext();
        var reports = new PublishedReports(db, new SqliteFullTextSearch(db), new SafeMarkdown());

        Assert.Equal("PCD-2025-001", Assert.Single((await reports.SearchAsync(new PublishedReportQuery(Year: 2025))).Items).Reference);
        Assert.Equal("PCD-2026-002", Assert.Single((await reports.SearchAsync(new PublishedReportQuery(Tag: "Technology"))).Items).Reference);
        Assert.Equal(2, (await reports.SearchAsync(new PublishedReportQuery(DecisionMaker: "Deputy Commissioner"))).Total);
        var filters = await reports.GetFiltersAsync();
        Assert.Equal([2026, 2025], filters.Years);
        Assert.Equal(["Contact centres", "Estates", "Technology"], filters.Tags);
    }

    [Fact]
    public async Task A_draft_is_not_public_and_an_unknown_reference_reads_as_nothing()
    {
        await using var store = await SqlitePublicationsStore.CreateAsync();
        await using (var seed = store.NewContext())
        {
            seed.Reports.Add(SampleReports.Draft("PCD-DRAFT-1"));
            await seed.SaveChangesAsync();
        }

        await using var db = store.NewContext();
        var reports = new PublishedReports(db, new SqliteFullTextSearch(db), new SafeMarkdown());

        Assert.Null(await reports.GetAsync("PCD-DRAFT-1"));
        Assert.Null(await reports.GetAsync("../../etc/passwd"));
        Assert.Equal(0, (await reports.SearchAsync(new PublishedReportQuery())).Total);
        Assert.Null(await new SensitiveParts(db, new SafeMarkdown()).GetAsync("PCD-DRAFT-1"));
    }
}
