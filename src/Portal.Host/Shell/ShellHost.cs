using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// Holds the built shells, one per tenant, built on first use. Releasing a tenant swaps in nothing: the next
/// request builds a fresh shell from the current settings, while requests in flight finish on the old one.
/// </summary>
public sealed class ShellHost : IShellReleaser, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ShellContext>>> _shells = new(StringComparer.Ordinal);
    private readonly ShellContainerFactory _factory;
    private readonly ShellActivator _activator;
    private readonly IServer _server;
    private readonly ILogger<ShellHost> _logger;

    internal ShellHost(ShellContainerFactory factory, ShellActivator activator, IServer server, ILogger<ShellHost> logger)
    {
        _factory = factory;
        _activator = activator;
        _server = server;
        _logger = logger;
    }

    public RunningShellTable Table { get; } = new();

    public IReadOnlyCollection<string> BuiltShells => _shells.Keys.ToList();

    /// <summary>The running shell of a tenant, built (and activated) if needed.</summary>
    public Task<ShellContext> GetOrCreateAsync(ShellSettings settings)
    {
        var lazy = _shells.GetOrAdd(settings.Name, _ => new Lazy<Task<ShellContext>>(() => CreateAsync(settings)));
        var task = lazy.Value;
        if (task.IsFaulted)
        {
            // A failed build is not cached: the next request tries again (for example after a fix to the store).
            _shells.TryRemove(new KeyValuePair<string, Lazy<Task<ShellContext>>>(settings.Name, lazy));
        }

        return task;
    }

    /// <summary>Builds a shell that is not registered (used to validate a recipe against the features it would enable).</summary>
    public ShellContext BuildDetached(ShellSettings settings)
    {
        var (services, features, startups) = _factory.Build(settings);
        var context = new ShellContext(settings, services, features);
        context.Pipeline = ShellPipelineBuilder.Build(services, _server, startups);
        return context;
    }

    /// <summary>Stores new settings in the table and releases the old shell.</summary>
    public async Task ReloadAsync(ShellSettings settings)
    {
        Table.AddOrUpdate(settings);
        await ReleaseAsync(settings.Name);
    }

    public async Task ReleaseAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        if (!_shells.TryRemove(tenantName, out var lazy) || !lazy.IsValueCreated)
        {
            return;
        }

        ShellContext shell;
        try
        {
            // A shell still being built is released once it is built, or it would leak with its store open.
            shell = await lazy.Value;
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "The shell of tenant {Tenant} failed to build; nothing to release", tenantName);
            return;
        }

        _logger.LogInformation("Releasing the shell of tenant {Tenant} ({Leases} requests in flight)", tenantName, shell.ActiveLeases);
        // Read before releasing: an idle shell is disposed at once, and a disposed container cannot be asked.
        var database = shell.Services.GetService(typeof(TenantDatabase)) as TenantDatabase;
        await shell.ReleaseAsync();
        if (database is { Provider: DatabaseProvider.Sqlite } db)
        {
            // SQLite's pool would keep the released tenant's file open.
            SqliteConnection.ClearPool(new SqliteConnection(db.ConnectionString));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _shells.Keys.ToList())
        {
            await ReleaseAsync(name);
        }
    }

    private async Task<ShellContext> CreateAsync(ShellSettings settings)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var context = BuildDetached(settings);
        try
        {
            if (settings.State == TenantState.Running)
            {
                var installed = await _activator.ActivateAsync(context, CancellationToken.None);
                if (installed.Count > 0 && Table.Find(settings.Name) is { } current && current.VersionId == settings.VersionId)
                {
                    Table.AddOrUpdate(current with { InstalledFeatures = current.InstalledFeatures.Union(installed).ToList() });
                }
            }
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }

        _logger.LogInformation("Built the shell of tenant {Tenant} with {FeatureCount} features in {Elapsed} ms", settings.Name,
            context.Features.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return context;
    }
}
