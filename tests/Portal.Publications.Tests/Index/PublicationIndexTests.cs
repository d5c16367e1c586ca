using System.Net;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts.Publications;
using Portal.Host.Messaging;
using Portal.Publications.Index.Data;
using Portal.Publications.Tests.Public.Support;

namespace Portal.Publications.Tests.Index;

/// <summary>
/// The platform's <c>/publications</c>: fed only by the forces' PublicationPublished / PublicationWithdrawn events
/// (through their outboxes and the in-memory bus), searchable and filterable by force, linking to each force's
/// page; events that are forged, unadmitted or malformed are rejected, parked, and change nothing.
/// </summary>
[Collection(PublicSiteCollection.Name)]
public sealed class PublicationIndexTests(PublicSiteFixture portal)
{
    [Fact]
    public async Task Publications_of_met_and_city_reach_the_platform_index_with_links_to_each_forces_page()
    {
        var entries = await Poll.UntilAsync(IndexedAsync, e => e.Count == portal.Seeded.Count && e.Any(p => p.IsWithdrawn) && e.Any(p => p.Version == 2),
            "every seeded publication in the index");

        Assert.Equal(portal.Seeded.Select(s => (s.Tenant, s.Reference)).Order(), entries.Select(e => (e.Tenant, e.Reference)).Order());
        using var client = portal.Factory.Anonymous();
        var (status, html) = await PublicReportPagesTestsGet(client, "/publications?force=city");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"{portal.Of(PublicSiteFixture.City).Count} reports", html);
        Assert.Contains("href=\"/city/publications/CITY-2026-001\"", html);
        Assert.Contains("City of London Police", html);
        Assert.DoesNotContain("/met/publications/", html);
        Assert.Equal(2, (html.Length - html.Replace("OFFICIAL-PUBLIC", "", StringComparison.Ordinal).Length) / "OFFICIAL-PUBLIC".Length);
    }

    [Fact]
    public async Task The_index_searches_words_across_forces_and_shows_withdrawals_with_their_reason()
    {
        await Poll.UntilAsync(IndexedAsync, e => e.Count == portal.Seeded.Count && e.Any(p => p.IsWithdrawn), "the seeded index");
        using var client = portal.Factory.Anonymous();

        var (_, radio) = await PublicReportPagesTestsGet(client, "/publications?q=radio+consoles");
        var (_, everyone) = await PublicReportPagesTestsGet(client, "/publications?page=2");
        var (_, odd) = await PublicReportPagesTestsGet(client, "/publications?q=" + Uri.EscapeDataString("\"radio* (consoles)") + "&page=abc");

        Assert.Contains("1 report<", radio);
        Assert.Contains("href=\"/city/publications/CITY-2026-002\"", radio);
        Assert.Contains("govuk-pagination", everyone);
        Assert.Contains("1 report<", odd);
        var (_, withdrawn) = await PublicReportPagesTestsGet(client, "/publications?force=met&page=1");
        var (_, all) = await PublicReportPagesTestsGet(client, "/publications?force=met&page=2");
        Assert.Contains(WebUtility.HtmlEncode(PublicSiteFixture.WithdrawalReason), withdrawn + all);
    }

    [Fact]
    public async Task An_event_whose_source_is_not_its_sender_is_rejected_and_changes_nothing()
    {
        await Poll.UntilAsync(IndexedAsync, e => e.Count == portal.Seeded.Count, "the seeded index");
        var forged = Published(PublicSiteFixture.City, "FORGED-2026-001") with { TenantId = PublicSiteFixture.Met };

        var letter = await ParkedAsync(await PublishAsync(forged, header: PublicSiteFixture.Met));

        Assert.Contains($"The source '{PublicSiteFixture.City}' is not the tenant '{PublicSiteFixture.Met}'", letter.Error);
        Assert.DoesNotContain(await IndexedAsync(), p => p.Reference == "FORGED-2026-001");
    }

    [Fact]
    public async Task An_event_from_a_tenant_that_does_not_publish_reports_is_refused_by_the_platform()
    {
        const string supplier = "pubsupplier";
        await portal.Factory.EnsureTenantAsync(supplier, "Portal.Users");

        var letter = await ParkedAsync(await PublishAsync(Published(supplier, "SUP-2026-001"), header: supplier));
        var withdrawal = await ParkedAsync(await PublishAsync(
            new PublicationWithdrawn(supplier, supplier, ShellSettings.DefaultName, "CITY-2026-001", "Body-worn video", "Because I say so.", DateTimeOffset.UtcNow), header: supplier));

        Assert.Contains("refused PublicationPublished from 'pubsupplier'", letter.Error);
        Assert.Contains("does not publish decision reports", letter.Error);
        Assert.Contains("refused PublicationWithdrawn", withdrawal.Error);
        Assert.DoesNotContain(await IndexedAsync(), p => p.Tenant == supplier);
        Assert.False((await IndexedAsync()).Single(p => p.Reference == "CITY-2026-001").IsWithdrawn);
    }

    [Theory]
    [InlineData("not a reference", "Title", 1)]
    [InlineData("lower-case-1", "Title", 1)]
    [InlineData("MET-BAD-001", "", 1)]
    [InlineData("MET-BAD-002", "Title", 0)]
    public async Task A_malformed_event_from_a_force_is_refused_and_changes_nothing(string reference, string title, int version)
    {
        var message = Published(PublicSiteFixture.Met, reference) with { Title = title, Version = version };

        var letter = await ParkedAsync(await PublishAsync(message, header: PublicSiteFixture.Met));

        Assert.Contains("refused PublicationPublished from 'met'", letter.Error);
        Assert.DoesNotContain(await IndexedAsync(), p => p.Reference == reference);
    }

    private static PublicationPublished Published(string tenant, string reference) => new(
        tenant, tenant, ShellSettings.DefaultName, reference, "An injected report", "Summary", "Someone", new DateOnly(2026, 1, 1), [], 1, "First published.", DateTimeOffset.UtcNow);

    private Task<List<IndexedPublication>> IndexedAsync() => portal.Factory.InTenantAsync(ShellSettings.DefaultName,
        s => s.GetRequiredService<PublicationIndexDbContext>().Publications.AsNoTracking().ToListAsync());

    private async Task<Guid> PublishAsync<T>(T message, string header) where T : class
    {
        var messageId = Guid.NewGuid();
        await portal.Factory.Services.GetRequiredService<IBus>().Publish(message,
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, header); }));
        return messageId;
    }

    private async Task<DeadLetter> ParkedAsync(Guid messageId)
    {
        var deadLetters = portal.Factory.Services.GetRequiredService<IDeadLetterQueue>();
        var parked = await Poll.UntilAsync(() => deadLetters.ListAsync(1000), l => l.Any(x => x.MessageId == messageId), "the message in the error queue");
        return parked.Single(l => l.MessageId == messageId);
    }

    private static Task<(HttpStatusCode Status, string Body)> PublicReportPagesTestsGet(HttpClient client, string url) =>
        Public.PublicReportPagesTests.GetAsync(client, url);
}
