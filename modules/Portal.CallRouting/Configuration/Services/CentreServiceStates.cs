using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Centre service states: the current one sits on the centre's row, each change is a history row written in the
/// same transaction, then audited. Reads come from the cache when it is fresh.
/// </summary>
public sealed class CentreServiceStates(
    RoutingConfigurationDbContext db, RoutingConfigurationCache cache, ConfigurationAudit audit, TimeProvider clock) : ICentreServiceStates
{
    public async Task<IReadOnlyDictionary<string, CentreStatus>> CurrentAsync(CancellationToken cancellationToken)
    {
        if (cache.States is { } cached)
        {
            return cached;
        }

        var generation = cache.Generation;
        var centres = await db.Centres.AsNoTracking().ToListAsync(cancellationToken);
        IReadOnlyDictionary<string, CentreStatus> states = centres.ToDictionary(c => c.Code, ConfigurationMapping.StatusOf, StringComparer.Ordinal);
        cache.Keep(generation, states);
        return states;
    }

    public async Task<CentreStatus?> ChangeAsync(string centreCode, CentreServiceState state, string reason, string changedBy,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Not a centre service state.");
        }

        reason = Truncate(reason.Trim(), ConfigurationLimits.Reason);
        changedBy = Truncate(changedBy, ConfigurationLimits.Actor);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Written without the configuration's concurrency token: a state change is not an edit of the centre.
        var updated = await db.Centres.Where(c => c.Code == centreCode).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.State, state.ToString())
            .SetProperty(c => c.StateReason, reason)
            .SetProperty(c => c.StateChangedBy, changedBy)
            .SetProperty(c => c.StateChangedAt, now), cancellationToken);
        if (updated == 0)
        {
            return null;
        }

        db.CentreStateChanges.Add(new CentreStateChangeRow { CentreCode = centreCode, State = state.ToString(), Reason = reason, ChangedBy = changedBy, ChangedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();

        await audit.ChangedAsync("centre-state-changed", centreCode, $"{state}: {reason}", cancellationToken);
        return new CentreStatus(centreCode, state, reason, changedBy, now);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
