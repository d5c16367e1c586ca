using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Portal.CallRouting.Live.Models;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// Feeds the tenant's dashboard streams on this node. One loop, running only while someone watches, takes the
/// snapshot when an event was applied here (or every <see cref="CachedLiveState.MaxAge"/>, for events applied on other
/// nodes, for partners' calls and for waits that grow), serialises it ONCE and hands the same text to every subscriber. Each subscriber
/// holds only the latest message: a slow client skips states instead of holding up the others or growing a backlog.
/// Disposed with the tenant's container, which ends every stream.
/// </summary>
internal sealed class LiveStateBroadcaster(CachedLiveState reader, PartnerActivityReader partners, LiveStateChanges changes, TimeProvider clock,
    ILogger<LiveStateBroadcaster> logger)
    : IAsyncDisposable
{
    /// <summary>At most this many messages a second go to a client, however busy the queues.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<long, Channel<LiveStateMessage>> _subscribers = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _loopLock = new();
    private TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;
    private long _nextSubscriber;
    private long _sequence;
    private LiveStateMessage? _latest;

    public int SubscriberCount => _subscribers.Count;

    /// <summary>Starts receiving messages (the latest known at once, when there is one); dispose the subscription to stop.</summary>
    public LiveStateSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<LiveStateMessage>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true,
        });
        var id = Interlocked.Increment(ref _nextSubscriber);
        if (_stopping.IsCancellationRequested)
        {
            channel.Writer.TryComplete();
        }
        else
        {
            _subscribers[id] = channel;
            if (Volatile.Read(ref _latest) is { } latest)
            {
                channel.Writer.TryWrite(latest);
            }

            EnsureLoop();
        }

        return new LiveStateSubscription(channel.Reader, () =>
        {
            if (_subscribers.TryRemove(id, out var removed))
            {
                removed.Writer.TryComplete();
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var channel in _subscribers.Values)
        {
            channel.Writer.TryComplete();
        }

        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stopping.Dispose();
    }

    // One loop for the container's life, started by the first subscriber; idle (no reads) while nobody watches.
    private void EnsureLoop()
    {
        lock (_loopLock)
        {
            _subscribed.TrySetResult();
            _loop ??= Task.Run(() => RunAsync(_stopping.Token));
        }
    }

    private async Task WhileNobodyWatchesAsync(CancellationToken stopping)
    {
        Task subscribed;
        lock (_loopLock)
        {
            if (!_subscribers.IsEmpty)
            {
                return;
            }

            _subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            subscribed = _subscribed.Task;
        }

        await subscribed.WaitAsync(stopping);
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        string? lastJson = null;
        while (!stopping.IsCancellationRequested)
        {
            var changed = changes.NextAsync();
            try
            {
                if (_subscribers.IsEmpty)
                {
                    // Whoever subscribes next gets a fresh state, not the one from before the pause.
                    lastJson = null;
                    await WhileNobodyWatchesAsync(stopping);
                    continue;
                }

                var view = await reader.CurrentAsync(stopping);
                var state = LiveStateResponse.From(view) with { Partners = await partners.CurrentAsync(stopping) };
                var json = JsonSerializer.Serialize(state, Json);
                if (json != lastJson)
                {
                    lastJson = json;
                    var message = new LiveStateMessage(Interlocked.Increment(ref _sequence), json);
                    Volatile.Write(ref _latest, message);
                    foreach (var channel in _subscribers.Values)
                    {
                        channel.Writer.TryWrite(message);
                    }
                }

                await Task.Delay(MinInterval, clock, stopping);
                await Task.WhenAny(changed, Task.Delay(CachedLiveState.MaxAge - MinInterval, clock, stopping));
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // No snapshot yet and the store is away: say so once a second, keep the streams open.
                logger.LogWarning(ex, "The dashboard stream could not read the live routing state");
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
