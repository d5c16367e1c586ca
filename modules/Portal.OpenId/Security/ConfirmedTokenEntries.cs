using System.Collections.Concurrent;

namespace Portal.OpenId.Security;

/// <summary>
/// Remembers, for at most <see cref="MaxAge"/>, that an access token's stored entry (and its authorization, when it
/// has one) was found valid, so that a client calling an API hundreds of times a second does not cost two database
/// reads per call. One per tenant (a singleton of the tenant's container).
/// <para>
/// Staleness is bounded: a revocation, deletion or status change made through this node's OpenIddict managers
/// (refresh-token replay, a code used twice, consent revoked, a client deleted) forgets every entry at once, so this
/// node refuses the token on its very next request. A change this node cannot see (another node, or a write that
/// bypasses the managers) is seen at the latest <see cref="MaxAge"/> later, when the entry is read again.
/// </para>
/// Only successes are remembered: a revoked or unknown token is looked up every time.
/// </summary>
public sealed class ConfirmedTokenEntries(TimeProvider clock)
{
    /// <summary>How long a confirmation is trusted; the bound on how late another node's revocation is seen here.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _confirmedAt = new(StringComparer.Ordinal);
    private readonly Lock _writing = new();
    private long _generation;

    /// <summary>Counts the times everything was forgotten; a lookup started under an older count must not be remembered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Whether the entries behind this token were found valid less than <see cref="MaxAge"/> ago.</summary>
    public bool IsConfirmed(string tokenId)
    {
        if (!_confirmedAt.TryGetValue(tokenId, out var at))
        {
            return false;
        }

        var age = clock.GetUtcNow() - at;
        // A confirmation "from the future" (the clock went back) is not trusted either.
        return age >= TimeSpan.Zero && age < MaxAge;
    }

    /// <summary>
    /// Remembers that the entries were found valid by a lookup that started at <paramref name="generation"/>; ignored
    /// when something was revoked since, because the lookup may have read the entry before the revocation.
    /// </summary>
    public void Confirm(string tokenId, long generation, DateTimeOffset lookupStartedAt)
    {
        lock (_writing)
        {
            if (generation != _generation)
            {
                return;
            }

            if (_confirmedAt.Count >= MaxEntries)
            {
                // More live tokens than entries: forgetting costs one lookup each, never a wrong answer.
                _confirmedAt.Clear();
            }

            // Dated from when the lookup started, so the bound holds from the moment the store was read.
            _confirmedAt[tokenId] = lookupStartedAt;
        }
    }

    /// <summary>Forgets every confirmation (after a revocation, deletion or status change on this node).</summary>
    public void ForgetAll()
    {
        lock (_writing)
        {
            Interlocked.Increment(ref _generation);
            _confirmedAt.Clear();
        }
    }
}
