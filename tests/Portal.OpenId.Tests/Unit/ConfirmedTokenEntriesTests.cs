using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

public sealed class ConfirmedTokenEntriesTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 4, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void A_confirmation_is_trusted_for_less_than_MaxAge_from_when_the_lookup_started()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        var started = clock.Now;

        Assert.False(entries.IsConfirmed("token-1"));
        clock.Now += TimeSpan.FromMilliseconds(300);
        entries.Confirm("token-1", entries.Generation, started);

        Assert.True(entries.IsConfirmed("token-1"));
        Assert.False(entries.IsConfirmed("token-2"));

        // Measured from the start of the lookup, not from when it was remembered.
        clock.Now = started + ConfirmedTokenEntries.MaxAge - TimeSpan.FromTicks(1);
        Assert.True(entries.IsConfirmed("token-1"));
        clock.Now = started + ConfirmedTokenEntries.MaxAge;
        Assert.False(entries.IsConfirmed("token-1"));
    }

    [Fact]
    public void Forgetting_drops_every_confirmation_at_once()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        entries.Confirm("token-1", entries.Generation, clock.Now);
        entries.Confirm("token-2", entries.Generation, clock.Now);

        entries.ForgetAll();

        Assert.False(entries.IsConfirmed("token-1"));
        Assert.False(entries.IsConfirmed("token-2"));
    }

    [Fact]
    public void A_lookup_that_started_before_a_revocation_is_not_remembered()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        var generation = entries.Generation;

        // The lookup read "valid"; meanwhile this node revoked the token and forgot everything.
        entries.ForgetAll();
        entries.Confirm("token-1", generation, clock.Now);

        Assert.False(entries.IsConfirmed("token-1"));
        entries.Confirm("token-1", entries.Generation, clock.Now);
        Assert.True(entries.IsConfirmed("token-1"));
    }

    [Fact]
    public void A_confirmation_dated_in_the_future_is_not_trusted()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        entries.Confirm("token-1", entries.Generation, clock.Now + TimeSpan.FromMinutes(5));

        Assert.False(entries.IsConfirmed("token-1"));
    }
}
