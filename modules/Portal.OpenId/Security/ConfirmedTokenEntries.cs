using System.Collections.Concurrent;

namespace Portal.OpenId.Security;

/// <summary>
/// Remembers, for at most <see cref="MaxAge"/>, that an access token (the exact string presented) passed every check
/// of the API's validation (signature, decryption, its store entry and its authorization) and what that validation
/// produced, so that a client calling an API hundreds of times a second costs neither the two database reads nor the
/// decryption and signature check per call. One per tenant (a singleton of the tenant's container).
/// <para>
/// Only what does not change with time is reused: the expiry, audience and scope checks and the authorization
/// policies run on every call against the remembered principal.
/// </para>
/// <para>
/// Staleness is bounded: a revocation, deletion or status change made through this node's OpenIddict managers
/// (refresh-token replay, a code used twice, consent revoked, a client deleted) forgets every entry at once, so this
/// node refuses the token on its very next request. A change this node cannot see (another node, or a write that
/// bypasses the managers) is seen at the latest <see cref="MaxAge"/> later, when the token is validated again.
/// </para>
/// Only successes are remembered: a revoked, unknown or forged token is validated in full every time.
/// </summary>
public sealed class ConfirmedTokenEntries
{
    /// <summary>How long a confirmation is trusted; the bound on how late another node's revocation is seen here.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A busy client reuses one token for its whole lifetime, so a few hundred live entries cover a tenant; the bound
    /// keeps a flood of distinct tokens from growing the cache (an entry costs a few kilobytes).
    /// </summary>
    private const int MaxEntries = 1_000;

    private readonly ConcurrentDictionary<string, (ConfirmedToken Token, DateTimeOffset At)> _confirmed;
    private readonly ConcurrentDictionary<string, (ConfirmedToken Token, DateTimeOffset At)>.AlternateLookup<ReadOnlySpan<char>> _confirmedBySpan;
    private readonly TimeProvider _clock;
    private readonly Lock _writing = new();
    private long _generation;

    public ConfirmedTokenEntries(TimeProvider clock)
    {
        _clock = clock;
        _confirmed = new(StringComparer.Ordinal);
        _confirmedBySpan = _confirmed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Counts the times everything was forgotten; a validation started under an older count must not be remembered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>What the validation of this token produced, if it passed in full less than <see cref="MaxAge"/> ago.</summary>
    public ConfirmedToken? Find(string token) => Find(token.AsSpan(), out _);

    /// <summary>
    /// <see cref="Find(string)"/> for a token still inside the request's header; <paramref name="remembered"/> is the
    /// token as a string (the one remembered), so a hit costs no copy of it.
    /// </summary>
    public ConfirmedToken? Find(ReadOnlySpan<char> token, out string? remembered)
    {
        if (!_confirmedBySpan.TryGetValue(token, out remembered, out var entry))
        {
            return null;
        }

        var age = _clock.GetUtcNow() - entry.At;
        // A confirmation "from the future" (the clock went back) is not trusted either.
        return age >= TimeSpan.Zero && age < MaxAge ? entry.Token : null;
    }

    /// <summary>
    /// Remembers that <paramref name="token"/> passed a validation that started at <paramref name="generation"/>;
    /// ignored when something was revoked since, because the validation may have read the store before the revocation.
    /// </summary>
    public void Confirm(string token, ConfirmedToken validated, long generation, DateTimeOffset validationStartedAt)
    {
        lock (_writing)
        {
            if (generation != _generation)
            {
                return;
            }

            if (_confirmed.Count >= MaxEntries)
            {
                DropExpired();
            }

            // Dated from when the validation started, so the bound holds from the moment the store was read.
            _confirmed[token] = (validated, validationStartedAt);
        }
    }

    /// <summary>Forgets every confirmation (after a revocation, deletion or status change on this node).</summary>
    public void ForgetAll()
    {
        lock (_writing)
        {
            Interlocked.Increment(ref _generation);
            _confirmed.Clear();
        }
    }

    private void DropExpired()
    {
        var now = _clock.GetUtcNow();
        foreach (var (token, entry) in _confirmed)
        {
            if (now - entry.At >= MaxAge || entry.At > now)
            {
                _confirmed.TryRemove(token, out _);
            }
        }

        if (_confirmed.Count >= MaxEntries)
        {
            // More tokens in use within MaxAge than entries: forgetting costs one validation each, never a wrong answer.
            _confirmed.Clear();
        }
    }
}
