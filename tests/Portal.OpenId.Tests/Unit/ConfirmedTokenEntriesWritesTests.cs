using System.Security.Claims;
using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

/// <summary>The rule both revocation-aware managers share: forget every confirmation after the store write, even a failed one.</summary>
public sealed class ConfirmedTokenEntriesWritesTests
{
    private static ConfirmedToken Validated() => new(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "client-1")], "Bearer")), "entry-1", null);

    [Fact]
    public async Task Confirmations_are_forgotten_after_the_write_not_before()
    {
        var entries = new ConfirmedTokenEntries(TimeProvider.System);
        entries.Confirm("token-1", Validated(), entries.Generation, DateTimeOffset.UtcNow);
        var before = entries.Generation;
        var confirmedDuringWrite = false;

        var revoked = await entries.ForgetAllAfterAsync(() =>
        {
            confirmedDuringWrite = entries.Find("token-1") is not null && entries.Generation == before;
            return ValueTask.FromResult(3L);
        });

        Assert.Equal(3L, revoked);
        Assert.True(confirmedDuringWrite);
        Assert.False(entries.Find("token-1") is not null);
        Assert.Equal(before + 1, entries.Generation);
    }

    [Fact]
    public async Task A_write_that_fails_still_forgets_because_it_may_have_reached_the_store()
    {
        var entries = new ConfirmedTokenEntries(TimeProvider.System);
        entries.Confirm("token-1", Validated(), entries.Generation, DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await entries.ForgetAllAfterAsync(() => ValueTask.FromException(new InvalidOperationException("store failed"))));

        Assert.False(entries.Find("token-1") is not null);
    }
}
