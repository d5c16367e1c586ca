using Portal.OpenId.Security;

namespace Portal.OpenId.Tests.Unit;

public sealed class VerifiedClientSecretsTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void A_remembered_secret_is_known_only_with_the_same_stored_hash_and_only_until_it_expires()
    {
        var clock = new ManualClock();
        var verified = new VerifiedClientSecrets(clock);

        Assert.False(verified.IsKnown("secret", "hash-1"));
        verified.Remember("secret", "hash-1");

        Assert.True(verified.IsKnown("secret", "hash-1"));
        Assert.False(verified.IsKnown("secret ", "hash-1"));
        Assert.False(verified.IsKnown("other", "hash-1"));
        // A regenerated secret has a new stored hash: what was remembered no longer counts.
        Assert.False(verified.IsKnown("secret", "hash-2"));

        clock.Now += VerifiedClientSecrets.Lifetime;
        Assert.False(verified.IsKnown("secret", "hash-1"));
    }
}
