using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Tests.Reports;

/// <summary>
/// The public pages' cache stamp: read from the store at most once per lifetime, a change on another node seen
/// within it, a change on this node at once.
/// </summary>
public sealed class PublicationStampTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>The store as another node may change it; counts the reads.</summary>
    private sealed class Store : IPublishedReports
    {
        public int Reads { get; private set; }
        public int Version { get; set; } = 1;
        public Func<Task>? DuringRead { get; set; }

        public async Task<IReadOnlyList<PublishedFeedEntry>> GetFeedAsync(int count, CancellationToken cancellationToken = default)
        {
            Reads++;
            var version = Version;
            if (DuringRead is { } during)
            {
                await during();
            }

            return [new PublishedFeedEntry("BDR-1", "Title", "Summary", "Chief Constable", version, "note",
                DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(version), false, null)];
        }

        public Task<PublishedReportPage> SearchAsync(PublishedReportQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<PublishedReport?> GetAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<PublishedReportFilters> GetFiltersAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private static (PublicationStamp Stamp, Store Store, ManualClock Clock) Create()
    {
        var store = new Store();
        var clock = new ManualClock();
        var services = new ServiceCollection().AddSingleton<IPublishedReports>(store).BuildServiceProvider();
        return (new PublicationStamp(services.GetRequiredService<IServiceScopeFactory>(), clock), store, clock);
    }

    [Fact]
    public async Task The_store_is_read_once_per_lifetime_and_another_nodes_change_is_seen_after_it()
    {
        var (stamp, store, clock) = Create();
        var first = await stamp.CurrentAsync(CancellationToken.None);
        store.Version = 2; // published on another node
        clock.Now += PublicationStamp.Lifetime - TimeSpan.FromTicks(1);
        var cached = await stamp.CurrentAsync(CancellationToken.None);
        clock.Now += TimeSpan.FromTicks(1);
        var fresh = await stamp.CurrentAsync(CancellationToken.None);

        Assert.Equal(first, cached);
        Assert.NotEqual(first, fresh);
        Assert.Equal(2, store.Reads);
    }

    [Fact]
    public async Task A_change_on_this_node_is_seen_by_the_next_request()
    {
        var (stamp, store, _) = Create();
        var first = await stamp.CurrentAsync(CancellationToken.None);
        store.Version = 2;
        stamp.Forget();

        Assert.NotEqual(first, await stamp.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_read_that_started_before_this_nodes_change_is_used_once_and_not_kept()
    {
        var (stamp, store, _) = Create();
        // The change commits (and forgets) while an older read is still in flight.
        store.DuringRead = () =>
        {
            store.DuringRead = null;
            store.Version = 2;
            stamp.Forget();
            return Task.CompletedTask;
        };
        var raced = await stamp.CurrentAsync(CancellationToken.None);
        var next = await stamp.CurrentAsync(CancellationToken.None);

        Assert.Contains("/1/", raced, StringComparison.Ordinal);
        Assert.Contains("/2/", next, StringComparison.Ordinal);
        Assert.Equal(2, store.Reads);
    }
}
