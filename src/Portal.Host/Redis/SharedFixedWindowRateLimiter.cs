using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>
/// A fixed window counted in Redis: one counter per partition and window (windows aligned on the clock, so every
/// node agrees which window it is), incremented and given its expiry atomically by a script. While Redis is away
/// the partition is counted by an in-process <see cref="FixedWindowRateLimiter"/> instead, so limits still hold
/// per node and no request fails because of Redis.
/// </summary>
internal sealed class SharedFixedWindowRateLimiter : RateLimiter
{
    // INCRBY and PEXPIRE in one step: a counter never outlives its window, even if a node dies in between.
    private const string IncrementScript = """
        local n = redis.call('INCRBY', KEYS[1], ARGV[1])
        if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return n
        """;

    private readonly RedisConnection _redis;
    private readonly string _tenant;
    private readonly string _partitionKey;
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _clock;
    private readonly Lazy<FixedWindowRateLimiter> _local;
    private long _lastUsedTimestamp;

    public SharedFixedWindowRateLimiter(RedisConnection redis, string tenant, string partitionKey, int permitLimit, TimeSpan window, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromSeconds(1));
        _redis = redis;
        _tenant = tenant;
        _partitionKey = partitionKey;
        _permitLimit = permitLimit;
        _window = window;
        _clock = clock;
        _local = new(() => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit, Window = window, QueueLimit = 0, AutoReplenishment = true,
        }));
        _lastUsedTimestamp = clock.GetTimestamp();
    }

    /// <summary>Idle once its window has passed unused (its Redis counter has expired by then), unless the in-process fallback still counts.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            if (_local.IsValueCreated && _local.Value.IdleDuration is null)
            {
                return null;
            }

            var idle = _clock.GetElapsedTime(Volatile.Read(ref _lastUsedTimestamp));
            return idle > _window ? idle : null;
        }
    }

    public override RateLimiterStatistics? GetStatistics() => _local.IsValueCreated ? _local.Value.GetStatistics() : null;

    /// <summary>
    /// The synchronous path does not call Redis (it would block a thread): while Redis is up it declines, and the
    /// ASP.NET Core middleware then asks <see cref="AcquireAsyncCore"/>, which does.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Check(permitCount);
        if (!_redis.IsAvailable)
        {
            return _local.Value.AttemptAcquire(permitCount);
        }

        return permitCount == 0 ? WindowLease.Acquired : new WindowLease(false, null);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Check(permitCount);
        Volatile.Write(ref _lastUsedTimestamp, _clock.GetTimestamp());
        if (_redis.IsAvailable && _redis.Multiplexer is { } multiplexer)
        {
            try
            {
                var lease = await AcquireInRedisAsync(multiplexer.GetDatabase(), permitCount);
                _redis.ReportSuccess();
                return lease;
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                _redis.ReportFailure(ex, "rate limit");
            }
        }

        return await _local.Value.AcquireAsync(permitCount, cancellationToken);
    }

    private async Task<RateLimitLease> AcquireInRedisAsync(IDatabase db, int permitCount)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)_window.TotalMilliseconds;
        var window = now / windowMs;
        var remainingMs = (window + 1) * windowMs - now;
        var key = _redis.Keys.RateLimitCounter(_tenant, _partitionKey, window);
        long count;
        if (permitCount == 0)
        {
            count = (long?)await db.StringGetAsync(key) ?? 0;
            return count < _permitLimit ? WindowLease.Acquired : new WindowLease(false, TimeSpan.FromMilliseconds(remainingMs));
        }

        // The key lives a second past its window, so a node with a slightly slow clock still finds it.
        count = (long)await db.ScriptEvaluateAsync(IncrementScript, [key], [permitCount, remainingMs + 1000]);
        return count <= _permitLimit ? WindowLease.Acquired : new WindowLease(false, TimeSpan.FromMilliseconds(remainingMs));
    }

    private void Check(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _local.IsValueCreated)
        {
            _local.Value.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        if (_local.IsValueCreated)
        {
            await _local.Value.DisposeAsync();
        }
    }
}
