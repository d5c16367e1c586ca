using Microsoft.Extensions.DependencyInjection;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// What changes whenever the tenant publishes or withdraws a report: the newest public row's reference, version,
/// withdrawal and time. The public pages' output cache varies by it, so it is asked on every anonymous request; read
/// from the store at most once per <see cref="Lifetime"/> (finding the newest row sorts the public rows) and
/// forgotten at once when this node publishes or withdraws. Another node's change is seen within <see cref="Lifetime"/>.
/// A singleton of the tenant's container.
/// </summary>
public sealed class PublicationStamp(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private readonly Lock _writing = new();
    private (string Value, DateTimeOffset ReadAt)? _current;
    private long _generation;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (_current is { } cached && now >= cached.ReadAt && now - cached.ReadAt < Lifetime)
        {
            return cached.Value;
        }

        await using var scope = scopes.CreateAsyncScope();
        var newest = await scope.ServiceProvider.GetRequiredService<IPublishedReports>().GetFeedAsync(1, cancellationToken);
        var value = newest.Count == 0
            ? "none"
            : $"{newest[0].Reference}/{newest[0].Version}/{newest[0].IsWithdrawn}/{newest[0].UpdatedAt.UtcTicks}";
        lock (_writing)
        {
            // A read that started before this node's last change may have missed it: used once, never kept.
            if (generation == _generation)
            {
                _current = (value, now);
            }
        }

        return value;
    }

    /// <summary>After this node committed a publication or withdrawal: the next request reads the store again.</summary>
    public void Forget()
    {
        lock (_writing)
        {
            _generation++;
            _current = null;
        }
    }
}
