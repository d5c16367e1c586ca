using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;
using Portal.Publications.Search;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Search;

/// <summary>
/// What public search promises on every provider, run against each real engine through <see cref="IPublishedReports"/>
/// with the engine the module registers for that provider.
/// </summary>
public abstract class FullTextSearchContract
{
    private const string Part2Word = "quokkasecretmarker";

    /// <summary>The first migration with full-text search, on both providers: what a store upgraded in place started from.</summary>
    private const string FirstSearchMigration = "20261127060000_PublicReportsFullText";

    /// <param name="migration">The last migration to apply; all of them when null.</param>
    internal abstract Task<IPublicationsStore> CreateStoreAsync(string? migration = null);

    /// <summary>The engine type the module must choose for this provider.</summary>
    protected abstract Type ExpectedEngine { get; }

    [Fact]
    public async Task The_module_registers_the_providers_full_text_engine()
    {
        await using var store = await CreateStoreAsync();
        await using var db = store.NewContext();

        Assert.IsType(ExpectedEngine, EngineFor(db));
    }

    [Fact]
    public async Task Words_of_part_1_match_in_any_form_of_the_word()
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-001", _ => { }));

        // "replaced" is in no field; stemming finds "Replacing", "replace" and "replacement".
        var page = await SearchAsync(store, "REPLACED telephony");

        Assert.Equal("PCD-2026-001", Assert.Single(page.Items).Reference);
        Assert.Equal(0, (await SearchAsync(store, "telephony hovercraft")).Total);
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_a_match_in_the_body_only()
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-010", r =>
        {
            r.Title = "Contact centre resilience upgrade";
            r.DecisionDate = new DateOnly(2025, 1, 10);
        }));
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-011", r =>
        {
            // Newer: without ranking it would come first.
            r.DecisionDate = new DateOnly(2026, 6, 1);
            r.Part1[0].Body = "A long section about many things, of which resilience is one among the telephony, the estates and the staffing.";
        }));
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-012", _ => { }));

        var page = await SearchAsync(store, "resilience");

        Assert.Equal(["PCD-2026-010", "PCD-2026-011"], page.Items.Select(i => i.Reference));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task Reports_published_before_the_search_was_rebuilt_are_found_after_it_and_kept_in_step()
    {
        await using var store = await CreateStoreAsync(FirstSearchMigration);
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2025-001", r => r.Part1[0].Body = "The old platform uses copper lines."));
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2025-002", r => r.Title = "Resilience of the contact centres"));
        await using (var db = store.NewContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal("PCD-2025-001", Assert.Single((await SearchAsync(store, "copper")).Items).Reference);
        Assert.Equal("PCD-2025-002", Assert.Single((await SearchAsync(store, "resilience")).Items).Reference);

        // Rows from before and after the upgrade share one index: a new row gets a key of its own, and a new
        // version of an old row replaces its text.
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2025-003", r => r.Part1[0].Body = "Copper and fibre."));
        await store.PublishNextVersionAsync("PCD-2025-001", r => r.Part1.Single(s => s.Position == 0).Body = "The new platform uses fibre.");

        Assert.Equal("PCD-2025-003", Assert.Single((await SearchAsync(store, "copper")).Items).Reference);
        Assert.Equal(["PCD-2025-001", "PCD-2025-003"], (await SearchAsync(store, "fibre")).Items.Select(i => i.Reference).Order());
        Assert.Equal(3, (await SearchAsync(store, "telephony")).Total);
    }

    [Fact]
    public async Task A_word_of_part_2_never_matches()
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-020", r =>
        {
            r.Part2[0].Body = "The price is " + Part2Word + " per year.";
            r.Part2[0].Heading = "Pricing " + Part2Word;
        }));

        Assert.Equal(0, (await SearchAsync(store, Part2Word)).Total);
        Assert.Equal(1, (await SearchAsync(store, "telephony")).Total);
    }

    [Fact]
    public async Task The_text_of_a_superseded_version_no_longer_matches()
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-030", r => r.Part1[0].Body = "The old platform uses copper lines."));

        Assert.Equal(1, (await SearchAsync(store, "copper")).Total);
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-031", _ => { }));
        await store.PublishNextVersionAsync("PCD-2026-030", r => r.Part1.Single(s => s.Position == 0).Body = "The new platform uses fibre.");

        Assert.Equal(0, (await SearchAsync(store, "copper")).Total);
        Assert.Equal("PCD-2026-030", Assert.Single((await SearchAsync(store, "fibre")).Items).Reference);
    }

    [Fact]
    public async Task A_withdrawn_report_matches_by_its_headline_only()
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-040", r => r.Part1[0].Body = "The old platform uses copper lines."));
        await store.WithdrawAsync("PCD-2026-040");

        Assert.Equal(0, (await SearchAsync(store, "copper")).Total);
        var notice = Assert.Single((await SearchAsync(store, "telephony")).Items);
        Assert.True(notice.IsWithdrawn);
    }

    [Theory]
    [InlineData("\"telephony", 1)]
    [InlineData("telephony*", 1)]
    [InlineData("telephony -replacement", 1)]
    [InlineData("\"control room", 1)]
    [InlineData("title:telephony", 0)]
    [InlineData("NEAR(telephony control)", 0)]
    [InlineData("telephony OR hovercraft", 0)]
    [InlineData("'); DROP TABLE \"PublicReports\"; --", 0)]
    [InlineData("\\ % _ ^ ( ) { } [ ] : ; ! & | < > @@", 1)] // no word at all: no text filter
    public async Task Query_syntax_is_read_as_plain_words(string text, int expected)
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-050", _ => { }));

        var page = await SearchAsync(store, text);

        Assert.Equal(expected, page.Total);
        Assert.Equal(expected, page.Items.Count);
        Assert.Equal(1, (await SearchAsync(store, "telephony")).Total);
    }

    [Theory]
    [InlineData("zq\"*( ", 0)]
    [InlineData("telephony ", 1)]
    [InlineData("a", 0)]
    public async Task Ten_thousand_characters_give_a_normal_page(string repeated, int expected)
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-060", _ => { }));
        var text = string.Concat(Enumerable.Repeat(repeated, (10_000 / repeated.Length) + 1))[..10_000];

        var page = await SearchAsync(store, text);

        Assert.Equal(expected, page.Total);
        Assert.Equal(1, page.Page);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("To be, or NOT to be")]
    [InlineData("a an THE and of whom")]
    public async Task A_search_of_only_stop_words_lists_every_report_as_an_empty_search_does(string text)
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-080", _ => { }));
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-081", r =>
        {
            r.Title = "Estates review";
            r.Summary = "A review of the estate.";
            r.Part1.ForEach(s => s.Body = "Buildings and their upkeep.");
        }));

        var page = await SearchAsync(store, text);
        var everything = await SearchAsync(store, "");

        Assert.Equal(2, page.Total);
        Assert.Equal(everything.Items.Select(i => i.Reference), page.Items.Select(i => i.Reference));
    }

    [Theory]
    [InlineData("whom telephony", 1)] // "whom" is in no report: left out, it cannot stop the match
    [InlineData("the telephony of the control room", 1)]
    [InlineData("the hovercraft", 0)]
    public async Task Stop_words_beside_other_words_are_left_out(string text, int expected)
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2026-090", _ => { }));

        Assert.Equal(expected, (await SearchAsync(store, text)).Total);
    }

    [Fact]
    public async Task Filters_and_paging_apply_to_the_ranked_matches()
    {
        await using var store = await CreateStoreAsync();
        for (var i = 0; i < 5; i++)
        {
            var year = 2022 + (i % 2);
            await store.PublishNewAsync(StoreWorkflow.Approved($"PCD-{year}-07{i}", r => r.DecisionDate = new DateOnly(year, 3, 1 + i)));
        }

        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2022-099", r =>
        {
            r.DecisionDate = new DateOnly(2022, 9, 9);
            r.Title = "Estates review";
            r.Summary = "A review of the estate.";
            r.Part1.ForEach(s => s.Body = "Buildings.");
            r.Tags = ["Estates"];
        }));

        await using var db = store.NewContext();
        var reports = Reports(db);
        var first = await reports.SearchAsync(new PublishedReportQuery(Text: "telephony", Year: 2022, PageSize: 2));
        var second = await reports.SearchAsync(new PublishedReportQuery(Text: "telephony", Year: 2022, Page: 2, PageSize: 2));
        var byTag = await reports.SearchAsync(new PublishedReportQuery(Text: "telephony", Tag: "Estates"));

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        var all = first.Items.Concat(second.Items).Select(i => i.Reference).ToList();
        Assert.Equal(["PCD-2022-074", "PCD-2022-072", "PCD-2022-070"], all);
        Assert.Equal(0, byTag.Total);
    }

    [Fact]
    public async Task Tag_and_decision_maker_filters_narrow_the_matches_and_a_page_past_the_end_still_counts_them()
    {
        await using var store = await CreateStoreAsync();
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2024-001", r => r.Tags = ["Estates", "Telephony"]));
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2024-002", r =>
        {
            r.Tags = ["Telephony"];
            r.DecisionMaker = "Deputy Chief Constable";
        }));
        await store.PublishNewAsync(StoreWorkflow.Approved("PCD-2024-003", r => r.Tags = ["Estates"]));

        await using var db = store.NewContext();
        var reports = Reports(db);
        var estates = await reports.SearchAsync(new PublishedReportQuery(Text: "telephony", Tag: " Estates "));
        var deputy = await reports.SearchAsync(new PublishedReportQuery(Text: "telephony", DecisionMaker: "Deputy Chief Constable"));
        var beyond = await reports.SearchAsync(new PublishedReportQuery(Text: "telephony", Page: 5, PageSize: 2));

        Assert.Equal(["PCD-2024-001", "PCD-2024-003"], estates.Items.Select(i => i.Reference).Order());
        Assert.Equal(2, estates.Total);
        Assert.Equal("PCD-2024-002", Assert.Single(deputy.Items).Reference);
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);
    }

    private async Task<PublishedReportPage> SearchAsync(IPublicationsStore store, string text)
    {
        await using var db = store.NewContext();
        return await Reports(db).SearchAsync(new PublishedReportQuery(Text: text));
    }

    private static PublishedReports Reports(PublicationsDbContext db) => new(db, EngineFor(db), new SafeMarkdown());

    // The engine as the module's registration picks it for this context's provider.
    private static IReportTextSearch EngineFor(PublicationsDbContext db)
    {
        var services = new ServiceCollection();
        services.AddSingleton(db);
        services.AddPublicationSearch();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IReportTextSearch>();
    }
}
