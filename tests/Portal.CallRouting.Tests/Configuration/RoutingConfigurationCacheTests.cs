using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Configuration;

/// <summary>The cache decisions read through: cleared by a change at once, bounded in age, and never keeps a read that raced a change.</summary>
public sealed class RoutingConfigurationCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly RoutingConfiguration Read = new([new ContactCentre("A", "A", 1, null)], [], []);

    [Fact]
    public void A_kept_read_is_served_until_a_change_clears_it()
    {
        var cache = new RoutingConfigurationCache(new ManualClock());
        cache.Keep(cache.Generation, Read);
        Assert.Same(Read, cache.Configuration);

        cache.Invalidate();

        Assert.Null(cache.Configuration);
    }

    [Fact]
    public void A_read_that_started_before_a_change_is_not_kept()
    {
        var cache = new RoutingConfigurationCache(new ManualClock());
        var generation = cache.Generation;
        cache.Invalidate(); // a change commits while the read is under way

        cache.Keep(generation, Read);

        Assert.Null(cache.Configuration);
    }

    [Fact]
    public void A_read_older_than_the_maximum_age_is_read_again()
    {
        var clock = new ManualClock();
        var cache = new RoutingConfigurationCache(clock);
        IReadOnlyDictionary<string, CentreStatus> states = new Dictionary<string, CentreStatus>();
        cache.Keep(cache.Generation, Read);
        cache.Keep(cache.Generation, states);

        clock.Now += RoutingConfigurationCache.MaxAge - TimeSpan.FromMilliseconds(1);
        Assert.Same(Read, cache.Configuration);
        Assert.Same(states, cache.States);

        clock.Now += TimeSpan.FromMilliseconds(1);
        Assert.Null(cache.Configuration);
        Assert.Null(cache.States);
    }
}
