using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Plans.Data;
using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// The plan in force, for every routing decision, without a database round trip each time. A singleton of the tenant
/// container: it keeps the list of published versions (number and time of effect) for <see cref="ListLifetime"/>, and
/// each published plan it has loaded for good (a published version never changes). Which version is in force is worked
/// out from the clock on every call, so a scheduled publication takes effect at its time. A publication on this node
/// clears the list at once (<see cref="Forget"/>); one on another node is seen within <see cref="ListLifetime"/>.
/// </summary>
public sealed class PublishedPlanSource(IServiceScopeFactory scopes, TimeProvider clock) : IPublishedPlanSource
{
    public static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<int, PublishedRoutingPlan> _plans = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile PublishedList? _list;

    public async Task<PublishedRoutingPlan?> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var list = _list;
        if (list is null || now >= list.LoadedAt + ListLifetime || now < list.LoadedAt)
        {
            list = await LoadListAsync(now, cancellationToken);
        }

        var number = PlanTimeline.InForce(list.Published, now);
        if (number is not { } inForce)
        {
            return null;
        }

        return _plans.TryGetValue(inForce, out var plan) ? plan : await LoadPlanAsync(inForce, cancellationToken);
    }

    /// <summary>Drops the list of published versions, so the next call reads it again.</summary>
    public void Forget() => _list = null;

    private async Task<PublishedList> LoadListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have loaded it while this one waited.
            if (_list is { } fresh && now < fresh.LoadedAt + ListLifetime && now >= fresh.LoadedAt)
            {
                return fresh;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RoutingPlansDbContext>();
            var published = await db.Versions.AsNoTracking()
                .Where(v => v.State == PlanState.Published)
                .Select(v => new { v.Number, v.EffectiveAt })
                .ToListAsync(cancellationToken);
            var list = new PublishedList(now, published.Select(p => (p.Number, p.EffectiveAt!.Value)).ToList());
            _list = list;
            return list;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<PublishedRoutingPlan?> LoadPlanAsync(int number, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoutingPlansDbContext>();
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number && v.State == PlanState.Published, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var plan = new PublishedRoutingPlan(version.Number, PlanJson.Document(version.DocumentJson), PlanJson.Configuration(version.ConfigurationJson!),
            version.EffectiveAt!.Value, version.PublishedBy!, version.Sha256!);
        return _plans.GetOrAdd(number, plan);
    }

    private sealed record PublishedList(DateTimeOffset LoadedAt, IReadOnlyList<(int Number, DateTimeOffset EffectiveAt)> Published);
}
