using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Benchmarks.Infrastructure;
using Portal.Benchmarks.PortalApp;
using Portal.Host.Data;
using Portal.Host.Messaging.Data;
using Portal.Host.Shell;

namespace Portal.Benchmarks.Events;

/// <summary>
/// The portal's path between tenants: <c>POST /{source}/api/test/probes?count=n&amp;to={target}</c> of the messaging
/// test plug-in writes n CrossTenantProbe events to the SOURCE's outbox in one transaction; the dispatcher sends them
/// to RabbitMQ; the host's cross-tenant consumer checks the sender, asks the TARGET's admission (the plug-in's
/// consent, given at start) and runs the host's CrossTenantProbeHandler in the target's scope, which writes one inbox
/// row in the target's store per event. Batch i goes from tenant i mod n to tenant i+1 mod n, so every store both
/// publishes and receives. The stores are SQLite files or PostgreSQL schemas (<paramref name="store"/>), the
/// transport RabbitMQ, no Redis.
/// </summary>
public sealed class PortalEventPath : IEventPath, IAsyncDisposable
{
    private const string PluginFile = "Portal.Messaging.TestPlugin.dll";
    private const string CountedHandler = ".CrossTenantProbeHandler";
    private const string Recipe = """
        { "name": "events-bench", "displayName": "Events benchmark", "steps": [
            { "name": "feature", "enable": [ "Test.Messaging" ] } ] }
        """;

    private readonly TempDirectory _plugins = new("plugins");
    private readonly PortalServer _server;
    private readonly HttpClient _client;
    private readonly string[] _tenants;

    /// <param name="store">Which store the portal runs on: its name in the results, and the Portal:Database keys.</param>
    public PortalEventPath(RabbitSettings rabbit, EventStore store, params string[] tenants)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "plugins", PluginFile);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException("The messaging test plug-in was not built next to the benchmarks.", source);
        }

        File.Copy(source, Path.Combine(_plugins.Path, PluginFile));
        _tenants = tenants;
        Name = $"portal ({store.Name})";
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Plugins:Path"] = _plugins.Path,
            ["Portal:Plugins:Trusted:0"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source))),
            // Explicit, whatever else --with-services exported: the store asked for, no Redis, RabbitMQ.
            ["Portal:Database:Provider"] = store.Provider,
            ["Portal:Database:ConnectionString"] = store.ConnectionString,
            ["Portal:Redis:Configuration"] = "",
            ["Portal:Bus:Transport"] = "RabbitMQ",
            ["Portal:Bus:RabbitMQ:Host"] = rabbit.Host,
            ["Portal:Bus:RabbitMQ:VirtualHost"] = rabbit.VirtualHost,
            ["Portal:Bus:RabbitMQ:Username"] = rabbit.Username,
            ["Portal:Bus:RabbitMQ:Password"] = rabbit.Password,
        };
        if (store.TenantRolePrefix is { } prefix)
        {
            settings["Portal:Database:TenantRolePrefix"] = prefix;
            settings["Portal:Database:AllowUnencryptedKeyRing"] = "true"; // a throw-away database on loopback
        }

        _server = new PortalServer("platform", settings);
        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public string Name { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _client.BaseAddress = _server.Start();
        var shells = _server.Services.GetRequiredService<ShellHost>();
        var settings = _server.Services.GetRequiredService<IShellSettingsManager>();
        var setup = _server.Services.GetRequiredService<ITenantSetupService>();
        foreach (var name in _tenants)
        {
            await settings.CreateAsync(new ShellSettings { Name = name, UrlPrefix = name, DisplayName = name }, cancellationToken);
            var result = await setup.SetupAsync(name, Recipe, new Dictionary<string, string>(), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Setting up tenant '{name}' failed: {string.Join(" ", result.Errors)}");
            }

            await shells.GetOrCreateAsync(shells.Table.Find(name)!);
        }

        // Each target consents to probes from the tenant before it in the ring (no consent: every probe refused).
        for (var i = 0; i < _tenants.Length; i++)
        {
            var (target, source) = (_tenants[(i + 1) % _tenants.Length], _tenants[i]);
            using var response = await _client.PostAsync($"{target}/api/test/consents?from={source}", content: null, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task<bool> SendBatchAsync(long index, int size, CancellationToken cancellationToken)
    {
        var source = _tenants[index % _tenants.Length];
        var target = _tenants[(index + 1) % _tenants.Length];
        using var response = await _client.PostAsync($"{source}/api/test/probes?count={size}&to={target}", content: null, cancellationToken);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    public async Task<HandledCount> CountAsync(long untilUnixMs, CancellationToken cancellationToken)
    {
        long total = 0, distinct = 0, upTo = 0, last = 0;
        foreach (var tenant in _tenants)
        {
            // The target's inbox: one row per probe its handler ran for, in its own store.
            await using var db = StoreOf(tenant);
            var rows = db.Inbox.Where(i => i.Handler.EndsWith(CountedHandler));
            total += await rows.LongCountAsync(cancellationToken);
            // The inbox key is (message id, handler), so this equals the total unless the key stopped deduplicating.
            distinct += await rows.Select(i => i.MessageId).Distinct().LongCountAsync(cancellationToken);
            upTo += await rows.LongCountAsync(i => i.HandledUnixMs <= untilUnixMs, cancellationToken);
            last = Math.Max(last, await rows.Select(i => (long?)i.HandledUnixMs).MaxAsync(cancellationToken) ?? 0);
        }

        return new HandledCount(total, upTo, last, total - distinct);
    }

    /// <summary>Rows left in the tenants' outboxes (0 once every event was dispatched).</summary>
    public async Task<long> OutboxCountAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var tenant in _tenants)
        {
            await using var db = StoreOf(tenant);
            total += await db.Outbox.LongCountAsync(cancellationToken);
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _plugins.Dispose();
    }

    private TenantMessagingDbContext StoreOf(string tenant)
    {
        var shells = _server.Services.GetRequiredService<ShellHost>();
        var database = _server.Services.GetRequiredService<TenantStores>().DatabaseFor(shells.Table.Find(tenant)!);
        return MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
    }
}
