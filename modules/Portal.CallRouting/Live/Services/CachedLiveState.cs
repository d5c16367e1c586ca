using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// The tenant's <see cref="IRoutingLiveStateReader"/>: one snapshot shared by every caller for a short while, because
/// routing decisions ask for it up to a thousand times a second and each taking reads the store, the directory and
/// the centres' states. A snapshot is taken again when it is older than <see cref="MaxAge"/>, or older than
/// <see cref="MinAge"/> after an event was applied on this node. Only one caller takes it; the others wait for it.
/// When taking it fails (Redis away) the last snapshot keeps being served and the failure is retried after
/// <see cref="MaxAge"/>: a 999 call is better routed on state a moment old than not routed.
/// </summary>
public sealed class CachedLiveState : IRoutingLiveStateReader, IDisposable
{
    /// <summary>Changes applied on other nodes are seen within this.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);

    /// <summary>However many events this node applies, the snapshot is taken at most this often.</summary>
    public static readonly TimeSpan MinAge = TimeSpan.FromMilliseconds(40);

    private readonly ILiveStateStore store;
    private readonly IServiceScopeFactory scopes;
    private readonly LiveStateChanges changes;
    private readonly TimeProvider clock;
    private readonly ILogger<CachedLiveState> logger;
    private readonly SemaphoreSlim _taking = new(1, 1);
    private Cached? _cached;

    internal CachedLiveState(ILiveStateStore store, IServiceScopeFactory scopes, LiveStateChanges changes, TimeProvider clock, ILogger<CachedLiveState> logger)
    {
        this.store = store;
        this.scopes = scopes;
        this.changes = changes;
        this.clock = clock;
        this.logger = logger;
    }

    public async Task<RoutingLiveState> SnapshotAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).State;

    public async Task<LiveView> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _cached)) is { } view)
        {
            return view;
        }

        await _taking.WaitAsync(cancellationToken);
        try
        {
            var cached = Volatile.Read(ref _cached);
            if (Fresh(cached) is { } taken)
            {
                return taken;
            }

            var version = changes.Version;
            var now = clock.GetUtcNow();
            try
            {
                var next = await TakeAsync(now, cancellationToken);
                Volatile.Write(ref _cached, new Cached(next, version, now));
                return next;
            }
            catch (Exception ex) when (cached is not null && ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "The live routing state could not be read; serving the snapshot of {TakenAt:O}", cached.View.State.TakenAt);
                Volatile.Write(ref _cached, cached with { TakenAt = now, Version = version });
                return cached.View;
            }
        }
        finally
        {
            _taking.Release();
        }
    }

    /// <summary>Forget the snapshot (after the directory changed, for example).</summary>
    public void Invalidate() => Volatile.Write(ref _cached, null);

    public void Dispose() => _taking.Dispose();

    private LiveView? Fresh(Cached? cached)
    {
        if (cached is null)
        {
            return null;
        }

        var age = clock.GetUtcNow() - cached.TakenAt;
        return age < MinAge || (age < MaxAge && cached.Version == changes.Version) ? cached.View : null;
    }

    private async Task<LiveView> TakeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = await store.ReadAsync(now, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var configuration = await scope.ServiceProvider.GetRequiredService<IRoutingDirectory>().CurrentAsync(cancellationToken);
        var statuses = await scope.ServiceProvider.GetRequiredService<ICentreServiceStates>().CurrentAsync(cancellationToken);
        return new LiveView(LiveStateAssembler.Assemble(figures, configuration, statuses, now), configuration, figures.LastEventAt);
    }

    private sealed record Cached(LiveView View, long Version, DateTimeOffset TakenAt);
}
