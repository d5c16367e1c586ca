using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Users.Data;

namespace Portal.Users.Security;

/// <summary>
/// Role permissions read from the store, kept for a minute. A singleton of the tenant's container, so each tenant
/// has its own. Changes made here (admin pages, recipes, feature installs) invalidate it at once; the minute bounds
/// how long another node may answer from an older copy.
/// </summary>
public sealed class RolePermissionCache(IServiceScopeFactory scopes, TimeProvider clock) : IRolePermissionLookup
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private Snapshot? _snapshot;
    private long _generation;

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(CancellationToken cancellationToken)
    {
        long generation;
        lock (_gate)
        {
            if (_snapshot is { } current && clock.GetUtcNow() < current.Expires)
            {
                return current.Permissions;
            }

            generation = _generation;
        }

        var permissions = await LoadAsync(cancellationToken);
        lock (_gate)
        {
            // A change saved while this read was running must not be hidden by the older result.
            if (_generation == generation)
            {
                _snapshot = new Snapshot(permissions, clock.GetUtcNow() + Lifetime);
            }
        }

        return permissions;
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _snapshot = null;
        }
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var rows = await (
                from claim in db.RoleClaims
                join role in db.Roles on claim.RoleId equals role.Id
                where claim.ClaimType == Permission.ClaimType
                select new { Role = role.Name, Permission = claim.ClaimValue })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return rows
            .Where(r => r.Role is not null && r.Permission is not null)
            .GroupBy(r => r.Role!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.Select(r => r.Permission!).ToHashSet(StringComparer.Ordinal),
                StringComparer.OrdinalIgnoreCase);
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, IReadOnlySet<string>> Permissions, DateTimeOffset Expires);
}
