using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Contracts.Platform;
using Portal.Host.Messaging;

namespace Portal.Host.Data;

/// <summary>
/// Tenants in the platform store. Every save releases the tenant's shell so the next request rebuilds it: here at
/// once, on the other nodes within moments through the Redis signal (<see cref="Shell.IShellChangePublisher"/>),
/// and durably through an event (TenantCreated, TenantFeaturesChanged, TenantDisabled, TenantSettingsChanged)
/// stored in the platform outbox in the same transaction as the change.
/// </summary>
public sealed class ShellSettingsManager(PlatformStore store, Shell.ShellHost shellHost, PlatformOutbox outbox, Shell.IShellChangePublisher publisher,
    TimeProvider clock) : IShellSettingsManager
{
    public async Task<IReadOnlyList<ShellSettings>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var records = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        return records.OrderBy(r => r.Name == ShellSettings.DefaultName ? 0 : 1).ThenBy(r => r.Name).Select(r => r.ToSettings()).ToList();
    }

    public async Task<ShellSettings?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var record = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        return record?.ToSettings();
    }

    public async Task<ShellSettings> CreateAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var all = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        if (all.Any(t => string.Equals(t.Name, settings.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TenantConflictException($"A tenant named '{settings.Name}' already exists.");
        }

        if (!string.IsNullOrEmpty(settings.UrlPrefix) && all.Any(t => string.Equals(t.UrlPrefix, settings.UrlPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            throw new TenantConflictException($"The URL prefix '{settings.UrlPrefix}' is already used by another tenant.");
        }

        var takenHost = settings.Hosts.FirstOrDefault(h => all.Any(t => t.Hosts.Contains(h, StringComparer.OrdinalIgnoreCase)
            && string.Equals(t.UrlPrefix ?? "", settings.UrlPrefix ?? "", StringComparison.OrdinalIgnoreCase)));
        if (takenHost is not null)
        {
            throw new TenantConflictException($"The host '{takenHost}' with this prefix is already used by another tenant.");
        }

        var now = clock.GetUtcNow();
        var record = new TenantRecord { Name = settings.Name, VersionId = NewVersion(), CreatedUtc = now, UpdatedUtc = now };
        record.CopyFrom(settings);
        db.Tenants.Add(record);
        try
        {
            await outbox.SaveChangesAsync(db, [new TenantCreated(ShellSettings.DefaultName, record.Name, record.VersionId, record.UrlPrefix)], cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost a race with another node creating the same tenant or prefix.
            throw new TenantConflictException($"A tenant named '{settings.Name}' or with the same prefix already exists.");
        }

        var saved = record.ToSettings();
        shellHost.Table.AddOrUpdate(saved);
        await publisher.PublishAsync(saved, CancellationToken.None);
        return saved;
    }

    public async Task<ShellSettings> UpdateAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var record = await db.Tenants.FirstOrDefaultAsync(t => t.Name == settings.Name, cancellationToken)
            ?? throw new KeyNotFoundException($"No tenant named '{settings.Name}'.");

        if (record.VersionId != settings.VersionId)
        {
            throw new TenantConflictException($"Tenant '{settings.Name}' was changed by someone else; reload and try again.");
        }

        // The stored version is the concurrency token: the UPDATE only applies if nobody saved in between.
        var before = record.ToSettings();
        record.CopyFrom(settings);
        record.VersionId = NewVersion();
        record.UpdatedUtc = clock.GetUtcNow();
        try
        {
            await outbox.SaveChangesAsync(db, [TenantChangeEvents.For(before, record.ToSettings())], cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new TenantConflictException($"Tenant '{settings.Name}' was changed by someone else; reload and try again.");
        }

        var saved = record.ToSettings();
        await shellHost.ReloadAsync(saved);
        await publisher.PublishAsync(saved, CancellationToken.None);
        return saved;
    }

    private static string NewVersion() => Guid.NewGuid().ToString("N");
}
