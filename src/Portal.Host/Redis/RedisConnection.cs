using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>
/// The process's one connection to Redis (when <c>Portal:Redis:Configuration</c> is set). It never blocks start-up
/// and never throws to callers: while Redis is away, <see cref="IsAvailable"/> is false and every user of it falls
/// back to its in-process twin. An outage is logged once when it starts and once when it ends, not per call.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly PortalRedisOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private IConnectionMultiplexer? _multiplexer;
    private int _inOutage;

    public RedisConnection(IOptions<PortalRedisOptions> options, ILogger<RedisConnection> logger)
    {
        _options = options.Value;
        _logger = logger;
        Keys = new RedisKeys(string.IsNullOrWhiteSpace(_options.InstanceName) ? "portal" : _options.InstanceName.Trim());
    }

    public bool IsConfigured => _options.IsConfigured;

    public RedisKeys Keys { get; }

    /// <summary>Connected right now: operations go to Redis. Otherwise use the in-process fallback without trying.</summary>
    public bool IsAvailable => _multiplexer is { IsConnected: true };

    /// <summary>The multiplexer once <see cref="ConnectAsync"/> ran (connected or still retrying), else null.</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    /// <summary>Set once this node listens for other nodes' shell signals (until then it follows them only by reconciliation).</summary>
    public bool ShellSignalsSubscribed { get; internal set; }

    /// <summary>Raised when the connection comes back after an outage (pub/sub messages may have been lost meanwhile).</summary>
    public event Action? Restored;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured || _multiplexer is not null)
        {
            return;
        }

        await _connectLock.WaitAsync(cancellationToken);
        try
        {
            if (_multiplexer is not null)
            {
                return;
            }

            var options = BuildOptions(_options.Configuration!);
            // Only the end points: the configuration string can hold a password.
            var endpoints = string.Join(", ", options.EndPoints.Select(e => e.ToString()));
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
            multiplexer.ConnectionFailed += (_, e) => ReportFailure(e.Exception, $"connection lost ({e.FailureType})");
            multiplexer.ConnectionRestored += (_, _) => OnRestored();
            _multiplexer = multiplexer;
            if (multiplexer.IsConnected)
            {
                _logger.LogInformation("Redis connected ({Endpoints})", endpoints);
            }
            else
            {
                MarkOutage();
                _logger.LogWarning("Redis ({Endpoints}) is not reachable; the cache, rate limits and shell signals run in-process until it is", endpoints);
            }
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <summary>An operation failed: logged when this starts an outage, silent while one is already logged.</summary>
    public void ReportFailure(Exception? exception, string operation)
    {
        if (MarkOutage())
        {
            _logger.LogWarning("Redis failed ({Operation}: {Error}); serving from the in-process fallback until it answers again",
                operation, exception?.GetType().Name ?? "no detail");
        }
    }

    /// <summary>An operation succeeded: ends a logged outage.</summary>
    public void ReportSuccess()
    {
        if (Volatile.Read(ref _inOutage) == 1 && Interlocked.CompareExchange(ref _inOutage, 0, 1) == 1)
        {
            _logger.LogInformation("Redis answers again; the cache, rate limits and shell signals use it again");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.CloseAsync(allowCommandsToComplete: false);
            multiplexer.Dispose();
        }

        _connectLock.Dispose();
    }

    /// <summary>What Redis being away looks like to a caller: these fall back; anything else is a bug and propagates.</summary>
    public static bool IsFailure(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;

    internal static ConfigurationOptions BuildOptions(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // Start and keep serving without Redis; never queue commands while disconnected (callers fall back
        // at once instead of waiting for a timeout); short timeouts, so a hung Redis costs a request little.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        if (!Mentions(configuration, "connectTimeout"))
        {
            options.ConnectTimeout = 2000;
        }

        if (!Mentions(configuration, "syncTimeout"))
        {
            options.SyncTimeout = 1000;
        }

        if (!Mentions(configuration, "asyncTimeout"))
        {
            options.AsyncTimeout = 1000;
        }

        return options;
    }

    private static bool Mentions(string configuration, string key) => configuration.Contains(key + "=", StringComparison.OrdinalIgnoreCase);

    /// <returns>True when this call started the outage.</returns>
    private bool MarkOutage() => Interlocked.Exchange(ref _inOutage, 1) == 0;

    private void OnRestored()
    {
        if (!IsAvailable)
        {
            return;
        }

        ReportSuccess();
        try
        {
            Restored?.Invoke();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "A Redis reconnect handler failed");
        }
    }
}
