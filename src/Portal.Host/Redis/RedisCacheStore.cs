using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>
/// Cache entries of one tenant in Redis: a hash per key with the value and its expiry rules, so that sliding
/// expiry can be renewed on every read on any node. Every method throws when Redis fails: the caller falls back.
/// </summary>
internal sealed class RedisCacheStore(IConnectionMultiplexer multiplexer, string prefix, TimeProvider clock)
{
    private const string DataField = "data";
    private const string AbsoluteField = "absexp";
    private const string SlidingField = "sldexp";
    private const long NotSet = -1;
    private static readonly RedisValue[] ExpiryFields = [AbsoluteField, SlidingField];
    private static readonly RedisValue[] AllFields = [AbsoluteField, SlidingField, DataField];

    // One round trip, so no reader sees a value without its expiry.
    private const string SetScript = """
        redis.call('HSET', KEYS[1], 'absexp', ARGV[1], 'sldexp', ARGV[2], 'data', ARGV[4])
        if ARGV[3] ~= '-1' then redis.call('PEXPIRE', KEYS[1], ARGV[3]) else redis.call('PERSIST', KEYS[1]) end
        return 1
        """;

    private IDatabase Db => multiplexer.GetDatabase();

    public byte[]? Get(string key)
    {
        var fields = Db.HashGet(KeyOf(key), AllFields);
        return Renew(key, fields, sync: true);
    }

    public async Task<byte[]?> GetAsync(string key)
    {
        var fields = await Db.HashGetAsync(KeyOf(key), AllFields);
        return Renew(key, fields, sync: false);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Db.ScriptEvaluate(SetScript, [KeyOf(key)], Arguments(value, options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Db.ScriptEvaluateAsync(SetScript, [KeyOf(key)], Arguments(value, options));

    public void Refresh(string key) => Renew(key, [.. Db.HashGet(KeyOf(key), ExpiryFields), RedisValue.Null], sync: true);

    public async Task RefreshAsync(string key) => Renew(key, [.. await Db.HashGetAsync(KeyOf(key), ExpiryFields), RedisValue.Null], sync: false);

    public void Remove(string key) => Db.KeyDelete(KeyOf(key));

    public Task RemoveAsync(string key) => Db.KeyDeleteAsync(KeyOf(key));

    public void RemoveMany(string[] keys) => Db.KeyDelete(keys.Select(KeyOf).ToArray());

    public Task RemoveManyAsync(string[] keys) => Db.KeyDeleteAsync(keys.Select(KeyOf).ToArray());

    private RedisKey KeyOf(string key) => prefix + key;

    private RedisValue[] Arguments(byte[] value, DistributedCacheEntryOptions options)
    {
        var now = clock.GetUtcNow();
        var absolute = options.AbsoluteExpiration ?? (now + options.AbsoluteExpirationRelativeToNow);
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration must be in the future.");
        }

        var ttl = TimeToLive(now, absolute?.UtcTicks ?? NotSet, options.SlidingExpiration?.Ticks ?? NotSet);
        return [absolute?.UtcTicks ?? NotSet, options.SlidingExpiration?.Ticks ?? NotSet, ttl, value];
    }

    /// <summary>Pushes the expiry of a sliding entry forward (never past its absolute expiry) and returns its value.</summary>
    private byte[]? Renew(string key, RedisValue[] fields, bool sync)
    {
        if (fields[0].IsNull)
        {
            return null;
        }

        var sliding = (long)fields[1];
        if (sliding != NotSet)
        {
            var ttl = TimeToLive(clock.GetUtcNow(), (long)fields[0], sliding);
            if (ttl > 0)
            {
                var flags = sync ? CommandFlags.None : CommandFlags.FireAndForget;
                Db.KeyExpire(KeyOf(key), TimeSpan.FromMilliseconds(ttl), flags);
            }
        }

        return fields[2].IsNull ? null : (byte[]?)fields[2];
    }

    /// <returns>Milliseconds the key should live, or -1 for no expiry.</returns>
    private static long TimeToLive(DateTimeOffset now, long absoluteTicks, long slidingTicks)
    {
        long? untilAbsolute = absoluteTicks == NotSet ? null : (long)(new DateTimeOffset(absoluteTicks, TimeSpan.Zero) - now).TotalMilliseconds;
        long? sliding = slidingTicks == NotSet ? null : (long)TimeSpan.FromTicks(slidingTicks).TotalMilliseconds;
        return (untilAbsolute, sliding) switch
        {
            ({ } a, { } s) => Math.Max(1, Math.Min(a, s)),
            ({ } a, null) => Math.Max(1, a),
            (null, { } s) => Math.Max(1, s),
            _ => NotSet,
        };
    }
}
