using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Portal.Host.Redis;

/// <summary>
/// A tenant's <see cref="IDistributedCache"/>: shared by every node in Redis under the tenant's key prefix when
/// Redis is configured and reachable, else in this process. No operation throws because Redis is away: it is
/// served from the in-process cache instead (a cache miss at worst), and the outage is logged once. Keys written
/// or removed during an outage are deleted from Redis when it is back: its copy predates the change.
/// </summary>
internal sealed class TenantDistributedCache : IDistributedCache
{
    private const long FallbackSizeLimit = 16 * 1024 * 1024;
    private const int MaxDirtyKeys = 10_000;
    private readonly RedisConnection _redis;
    private readonly string _prefix;
    private readonly TimeProvider _clock;
    private RedisCacheStore? _store;
    private MemoryDistributedCache _fallback = NewFallback();
    private int _onFallback;
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);

    public TenantDistributedCache(string tenant, RedisConnection redis, TimeProvider clock)
    {
        _redis = redis;
        _prefix = redis.Keys.CachePrefix(tenant);
        _clock = clock;
        _onFallback = redis.IsConfigured ? 0 : 1;
    }

    public byte[]? Get(string key) => Run(key, s => s.Get(key), f => f.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        RunAsync(key, s => s.GetAsync(key), f => f.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Run(key, s => { s.Set(key, value, options); return true; }, f => { MarkDirty(key); f.Set(key, value, options); return true; });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        RunAsync(key, async s => { await s.SetAsync(key, value, options); return true; }, async f => { MarkDirty(key); await f.SetAsync(key, value, options, token); return true; });

    public void Refresh(string key) => Run(key, s => { s.Refresh(key); return true; }, f => { f.Refresh(key); return true; });

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        RunAsync(key, async s => { await s.RefreshAsync(key); return true; }, async f => { await f.RefreshAsync(key, token); return true; });

    public void Remove(string key) => Run(key, s => { s.Remove(key); return true; }, f => { MarkDirty(key); f.Remove(key); return true; });

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync(key, async s => { await s.RemoveAsync(key); return true; }, async f => { MarkDirty(key); await f.RemoveAsync(key, token); return true; });

    private T Run<T>(string key, Func<RedisCacheStore, T> onRedis, Func<IDistributedCache, T> inProcess)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (StoreIfAvailable() is { } store)
        {
            try
            {
                if (!_dirty.IsEmpty)
                {
                    ForgetDirty(dirty => store.RemoveMany(dirty));
                }

                var result = onRedis(store);
                _redis.ReportSuccess();
                return result;
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                _redis.ReportFailure(ex, "cache");
            }
        }

        return inProcess(Fallback());
    }

    private async Task<T> RunAsync<T>(string key, Func<RedisCacheStore, Task<T>> onRedis, Func<IDistributedCache, Task<T>> inProcess)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (StoreIfAvailable() is { } store)
        {
            try
            {
                if (!_dirty.IsEmpty)
                {
                    await ForgetDirtyAsync(store.RemoveManyAsync);
                }

                var result = await onRedis(store);
                _redis.ReportSuccess();
                return result;
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                _redis.ReportFailure(ex, "cache");
            }
        }

        return await inProcess(Fallback());
    }

    private RedisCacheStore? StoreIfAvailable()
    {
        if (!_redis.IsAvailable || _redis.Multiplexer is not { } multiplexer)
        {
            return null;
        }

        Volatile.Write(ref _onFallback, 0);
        return _store ??= new RedisCacheStore(multiplexer, _prefix, _clock);
    }

    /// <summary>
    /// The in-process cache. Each outage starts with an empty one: entries kept from an earlier outage may have
    /// been changed in Redis since, and a stale entry is worse than a miss.
    /// </summary>
    private MemoryDistributedCache Fallback()
    {
        if (Interlocked.Exchange(ref _onFallback, 1) == 0)
        {
            _fallback = NewFallback();
        }

        return _fallback;
    }

    /// <summary>
    /// Remembers a key changed while Redis was away. Past the bound further changes are not remembered: their
    /// stale copy in Redis may then be served until it expires (the caller's expiry rules bound how long).
    /// </summary>
    private void MarkDirty(string key)
    {
        if (_redis.IsConfigured && _dirty.Count < MaxDirtyKeys)
        {
            _dirty.TryAdd(key, 0);
        }
    }

    /// <summary>Deletes the keys changed during the outage from Redis; if that fails they stay remembered.</summary>
    private void ForgetDirty(Action<string[]> delete)
    {
        var keys = TakeDirty();
        try
        {
            delete(keys);
        }
        catch
        {
            Requeue(keys);
            throw;
        }
    }

    private async Task ForgetDirtyAsync(Func<string[], Task> delete)
    {
        var keys = TakeDirty();
        try
        {
            await delete(keys);
        }
        catch
        {
            Requeue(keys);
            throw;
        }
    }

    private string[] TakeDirty()
    {
        var keys = _dirty.Keys.ToArray();
        foreach (var key in keys)
        {
            _dirty.TryRemove(key, out _);
        }

        return keys;
    }

    private void Requeue(string[] keys)
    {
        foreach (var key in keys)
        {
            _dirty.TryAdd(key, 0);
        }
    }

    private static MemoryDistributedCache NewFallback() =>
        new(Options.Create(new MemoryDistributedCacheOptions { SizeLimit = FallbackSizeLimit }));
}
