using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// What partner forces do that concerns this force (calls they overflow to it, their contingencies in force), for the
/// dashboard, its stream and <c>GET /api/routing/state</c>. Read apart from the live snapshot, so routing decisions
/// never wait for it; kept for <see cref="MaxAge"/> so that however many read the state, the store is asked a few times
/// a second at most.
/// </summary>
public sealed class PartnerActivityReader(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>A partner's call shows on the dashboard within this after its event was handled here.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private (PartnerActivity Activity, DateTimeOffset ReadAt)? _cached;

    public async Task<PartnerActivity> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } taken)
            {
                return taken;
            }

            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            // Without the agreements part (a test host, say) no partner can send anything: nothing to show.
            var feed = scope.ServiceProvider.GetService<IPartnerOverflowFeed>();
            var activity = feed is null ? PartnerActivity.None : await feed.ActivityAsync(now, cancellationToken);
            _cached = (activity, now);
            return activity;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private PartnerActivity? Fresh() =>
        _cached is { } cached && clock.GetUtcNow() - cached.ReadAt < MaxAge ? cached.Activity : null;
}
