using Portal.Abstractions.Redis;
using StackExchange.Redis;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// The live figures in Redis, under the tenant's prefix, so that every node reads and writes the same state. Each
/// operation is one Lua script (atomic, one round trip). Keys ("{prefix}" = "{instance}:{tenant}:routing-live:"):
/// <list type="bullet">
/// <item><c>queues</c>: set of queue codes seen; <c>agents</c>: hash centre → "available|reportedAtMs"; <c>last</c>: latest event time (ms);</item>
/// <item><c>done</c>: sorted set call id → finished at (ms), remembered for <see cref="LiveWindow.FinishedCallMemory"/>;</item>
/// <item><c>q:{code}:waiting</c>, <c>q:{code}:answered</c>, <c>q:{code}:answered-sl</c>, <c>q:{code}:abandoned</c>:
/// sorted sets call id → time (ms), the last three trimmed to <see cref="LiveWindow.Figures"/> on every write.</item>
/// </list>
/// While Redis is away an operation throws: a handler's event is then retried by the bus rather than applied to a
/// copy only this node would see.
/// </summary>
internal sealed class RedisLiveStateStore(ITenantRedis redis) : ILiveStateStore
{
    public const string Area = "routing-live";

    // KEYS: waiting, done, queues, last. ARGV: call id, offered ms, queue code.
    private const string OfferScript = """
        redis.call('SADD', KEYS[3], ARGV[3])
        if not redis.call('ZSCORE', KEYS[2], ARGV[1]) then redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1]) end
        local last = tonumber(redis.call('GET', KEYS[4]) or '0')
        if tonumber(ARGV[2]) > last then redis.call('SET', KEYS[4], ARGV[2]) end
        return 1
        """;

    // KEYS: waiting, done, queues, last, window, second window (or the same). ARGV: call id, at ms, queue code,
    // '1' to add to the second window, window start ms, done memory start ms.
    private const string FinishScript = """
        redis.call('SADD', KEYS[3], ARGV[3])
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
        redis.call('ZADD', KEYS[5], ARGV[2], ARGV[1])
        if ARGV[4] == '1' then redis.call('ZADD', KEYS[6], ARGV[2], ARGV[1]) end
        redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', '(' .. ARGV[5])
        redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', '(' .. ARGV[5])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[6])
        local last = tonumber(redis.call('GET', KEYS[4]) or '0')
        if tonumber(ARGV[2]) > last then redis.call('SET', KEYS[4], ARGV[2]) end
        return 1
        """;

    // KEYS: agents, last. ARGV: centre, available, reported ms.
    private const string AgentsScript = """
        local known = redis.call('HGET', KEYS[1], ARGV[1])
        local knownAt = known and tonumber(string.match(known, '|(%d+)$')) or -1
        if tonumber(ARGV[3]) >= knownAt then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3]) end
        local last = tonumber(redis.call('GET', KEYS[2]) or '0')
        if tonumber(ARGV[3]) > last then redis.call('SET', KEYS[2], ARGV[3]) end
        return 1
        """;

    // ARGV: prefix, window start ms. Returns { last, agents (flat hash), queue code, waiting, oldest ms or '', answered, answered-sl, abandoned, ... }.
    private const string ReadScript = """
        local p = ARGV[1]
        local from = ARGV[2]
        local result = { redis.call('GET', p .. 'last') or '', redis.call('HGETALL', p .. 'agents') }
        for _, code in ipairs(redis.call('SMEMBERS', p .. 'queues')) do
          local q = p .. 'q:' .. code .. ':'
          local oldest = redis.call('ZRANGE', q .. 'waiting', 0, 0, 'WITHSCORES')
          table.insert(result, code)
          table.insert(result, redis.call('ZCARD', q .. 'waiting'))
          table.insert(result, oldest[2] or '')
          table.insert(result, redis.call('ZCOUNT', q .. 'answered', from, '+inf'))
          table.insert(result, redis.call('ZCOUNT', q .. 'answered-sl', from, '+inf'))
          table.insert(result, redis.call('ZCOUNT', q .. 'abandoned', from, '+inf'))
        end
        return result
        """;

    private readonly string _prefix = redis.KeyPrefix(Area);

    public Task OfferAsync(string queueCode, string callId, DateTimeOffset offeredAt, CancellationToken cancellationToken) =>
        RunAsync("live state: call offered", db => db.ScriptEvaluateAsync(OfferScript,
            [Queue(queueCode, "waiting"), Key("done"), Key("queues"), Key("last")],
            [callId, Ms(offeredAt), queueCode]));

    public Task AnswerAsync(string queueCode, string callId, DateTimeOffset answeredAt, bool withinServiceLevel, CancellationToken cancellationToken) =>
        RunAsync("live state: call answered", db => db.ScriptEvaluateAsync(FinishScript,
            [Queue(queueCode, "waiting"), Key("done"), Key("queues"), Key("last"), Queue(queueCode, "answered"), Queue(queueCode, "answered-sl")],
            [callId, Ms(answeredAt), queueCode, withinServiceLevel ? "1" : "0", Ms(answeredAt - LiveWindow.Figures), Ms(answeredAt - LiveWindow.FinishedCallMemory)]));

    public Task AbandonAsync(string queueCode, string callId, DateTimeOffset abandonedAt, CancellationToken cancellationToken) =>
        RunAsync("live state: call abandoned", db => db.ScriptEvaluateAsync(FinishScript,
            [Queue(queueCode, "waiting"), Key("done"), Key("queues"), Key("last"), Queue(queueCode, "abandoned"), Queue(queueCode, "abandoned")],
            [callId, Ms(abandonedAt), queueCode, "0", Ms(abandonedAt - LiveWindow.Figures), Ms(abandonedAt - LiveWindow.FinishedCallMemory)]));

    public Task SetAgentsAsync(string centreCode, int available, DateTimeOffset reportedAt, CancellationToken cancellationToken) =>
        RunAsync("live state: agents", db => db.ScriptEvaluateAsync(AgentsScript,
            [Key("agents"), Key("last")],
            [centreCode, available, Ms(reportedAt)]));

    public async Task<LiveFigures> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await RunAsync("live state: read", db => db.ScriptEvaluateAsync(ReadScript, [], [_prefix, Ms(now - LiveWindow.Figures)]));
        var items = (RedisResult[])result!;
        DateTimeOffset? last = items[0].IsNull || ((string?)items[0]) is null or "" ? null : FromMs((long)items[0]);

        var centres = new Dictionary<string, CentreAgents>(StringComparer.Ordinal);
        var agents = (RedisResult[])items[1]!;
        for (var i = 0; i + 1 < agents.Length; i += 2)
        {
            var parts = ((string)agents[i + 1]!).Split('|');
            centres[(string)agents[i]!] = new CentreAgents(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                FromMs(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
        }

        var queues = new Dictionary<string, QueueFigures>(StringComparer.Ordinal);
        for (var i = 2; i + 5 < items.Length; i += 6)
        {
            var oldest = (string?)items[i + 2];
            queues[(string)items[i]!] = new QueueFigures(
                (int)items[i + 1],
                string.IsNullOrEmpty(oldest) ? null : FromMs((long)double.Parse(oldest, System.Globalization.CultureInfo.InvariantCulture)),
                (int)items[i + 3],
                (int)items[i + 4],
                (int)items[i + 5]);
        }

        return new LiveFigures(queues, centres, last);
    }

    private async Task<RedisResult> RunAsync(string operation, Func<IDatabase, Task<RedisResult>> command)
    {
        var db = redis.Database ?? throw new RedisException("Redis is not connected: the live routing state cannot be reached.");
        try
        {
            var result = await command(db);
            redis.ReportSuccess();
            return result;
        }
        catch (Exception ex) when (redis.IsFailure(ex))
        {
            redis.ReportFailure(ex, operation);
            throw;
        }
    }

    private RedisKey Key(string name) => _prefix + name;

    private RedisKey Queue(string code, string set) => $"{_prefix}q:{code}:{set}";

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
