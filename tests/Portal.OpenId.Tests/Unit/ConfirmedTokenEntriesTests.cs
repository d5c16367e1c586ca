using System.Security.Claims;
using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

public sealed class ConfirmedTokenEntriesTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 4, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static ConfirmedToken Validated(string subject) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject)], "Bearer")), "entry-" + subject, "authorization-" + subject);

    [Fact]
    public void A_confirmation_is_trusted_for_less_than_MaxAge_from_when_the_validation_started()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        var started = clock.Now;

        Assert.Null(entries.Find("token-1"));
        clock.Now += TimeSpan.FromMilliseconds(300);
        entries.Confirm("token-1", Validated("client-1"), entries.Generation, started);

        var found = entries.Find("token-1");
        Assert.NotNull(found);
        Assert.Equal("entry-client-1", found.TokenId);
        Assert.Equal("authorization-client-1", found.AuthorizationId);
        Assert.Null(entries.Find("token-2"));

        // Measured from the start of the validation, not from when it was remembered.
        clock.Now = started + ConfirmedTokenEntries.MaxAge - TimeSpan.FromTicks(1);
        Assert.NotNull(entries.Find("token-1"));
        clock.Now = started + ConfirmedTokenEntries.MaxAge;
        Assert.Null(entries.Find("token-1"));
    }

    [Fact]
    public void Only_the_exact_token_string_is_confirmed()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        entries.Confirm("eyJ.header.payload.signature", Validated("client-1"), entries.Generation, clock.Now);

        Assert.Null(entries.Find("eyJ.header.payload.signaturX"));
        Assert.Null(entries.Find("EYJ.HEADER.PAYLOAD.SIGNATURE"));
        Assert.NotNull(entries.Find("eyJ.header.payload.signature"));
    }

    [Fact]
    public void Every_request_gets_the_same_principal_and_none_can_change_it()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        entries.Confirm("token-1", Validated("client-1"), entries.Generation, clock.Now);

        var first = entries.Find("token-1")!.Principal;
        Assert.Throws<InvalidOperationException>(() => ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("role", "Administrator")));
        var second = entries.Find("token-1")!.Principal;

        Assert.Same(first, second);
        Assert.False(second.HasClaim("role", "Administrator"));
        Assert.Equal("client-1", second.FindFirst("sub")?.Value);
    }

    [Fact]
    public void Forgetting_drops_every_confirmation_at_once()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        entries.Confirm("token-1", Validated("client-1"), entries.Generation, clock.Now);
        entries.Confirm("token-2", Validated("client-2"), entries.Generation, clock.Now);

        entries.ForgetAll();

        Assert.Null(entries.Find("token-1"));
        Assert.Null(entries.Find("token-2"));
    }

    [Fact]
    public void A_validation_that_started_before_a_revocation_is_not_remembered()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        var generation = entries.Generation;

        // The validation read "valid"; meanwhile this node revoked the token and forgot everything.
        entries.ForgetAll();
        entries.Confirm("token-1", Validated("client-1"), generation, clock.Now);

        Assert.Null(entries.Find("token-1"));
        entries.Confirm("token-1", Validated("client-1"), entries.Generation, clock.Now);
        Assert.NotNull(entries.Find("token-1"));
    }

    [Fact]
    public void A_confirmation_dated_in_the_future_is_not_trusted()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        entries.Confirm("token-1", Validated("client-1"), entries.Generation, clock.Now + TimeSpan.FromMinutes(5));

        Assert.Null(entries.Find("token-1"));
    }

    [Fact]
    public void A_full_cache_drops_what_has_expired_and_keeps_what_is_fresh()
    {
        var clock = new ManualClock();
        var entries = new ConfirmedTokenEntries(clock);
        var old = clock.Now;
        for (var i = 0; i < 999; i++)
        {
            entries.Confirm($"old-{i}", Validated("client"), entries.Generation, old);
        }

        clock.Now += TimeSpan.FromMilliseconds(900);
        entries.Confirm("fresh", Validated("client"), entries.Generation, clock.Now);
        clock.Now += TimeSpan.FromMilliseconds(200);
        // The cache is full: the old entries (now past MaxAge) make room; the fresh one stays.
        entries.Confirm("newest", Validated("client"), entries.Generation, clock.Now);

        Assert.NotNull(entries.Find("fresh"));
        Assert.NotNull(entries.Find("newest"));
        Assert.Null(entries.Find("old-0"));
    }
}
