using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Decisions.Evaluation;

namespace Portal.CallRouting.Contingency.Services;

/// <summary>
/// The active contingency plans for the decision path, read from the store at most once a second (a singleton of the
/// tenant's container). A change made on this node is seen at once (<see cref="Invalidate"/>); one made on another
/// node within a second. Revert times are applied by the evaluator itself, so an expired activation never routes a
/// call however old the cached list is.
/// </summary>
public sealed class ActiveContingencyCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot? _snapshot;

    public async ValueTask<IReadOnlyList<ContingencyActivationState>> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < MaxAge)
        {
            return snapshot.Active;
        }

        // One refresh at a time; the others keep using the previous list meanwhile rather than queueing on the store.
        if (snapshot is not null && !await _refresh.WaitAsync(0, cancellationToken))
        {
            return snapshot.Active;
        }

        if (snapshot is null)
        {
            await _refresh.WaitAsync(cancellationToken);
        }

        try
        {
            snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < MaxAge)
            {
                return snapshot.Active;
            }

            var readAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var active = await scope.ServiceProvider.GetRequiredService<ContingencyActivations>().ActiveAsync(cancellationToken);
            Volatile.Write(ref _snapshot, new Snapshot(active, readAt));
            return active;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets the list, so the next decision reads the store (after an activation or revert on this node).</summary>
    public void Invalidate() => Volatile.Write(ref _snapshot, null);

    private sealed record Snapshot(IReadOnlyList<ContingencyActivationState> Active, DateTimeOffset ReadAt);
}
