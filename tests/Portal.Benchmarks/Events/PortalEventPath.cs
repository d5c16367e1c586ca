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
/// The portal's path: <c>POST /{tenant}/api/test/probes?count=n</c> of the messaging test plug-in writes n
/// MessagingProbe events to the tenant's outbox in one transaction; the dispatcher sends them to RabbitMQ and
/// the tenant's handler (FailingProbeHandler, switched off) handles each once, writing an inbox row. Batches
/// alternate between the tenants. SQLite tenant stores, the RabbitMQ transport, no Redis.
/// </summary>
public sealed class PortalEventPath : IEventPath, IAsyncDisposable
{
    private const string PluginFile = "Portal.Messaging.TestPlugin.dll";
    private const string CountedHandler = "FailingProbeHandler";
    private const string Recipe = """
        { "name": "events-bench", "displayName": "Events benchmark", "steps": [
            { "name": "feature", "enable": [ "Test.Messaging" ] } ] }
        """;

    private readonly TempDirectory _plugins = new("plugins");
    private readonly PortalServer _server;
    private readonly HttpClient _client;
    private readonly string[] _tenants;

    public PortalEventPath(RabbitSettings rabbit, params string[] tenants)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "plugins", PluginFile);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException("The messaging test plug-in was not built next to the benchmarks.", source);
        }

        File.Copy(source, Path.Combine(_plugins.Path, PluginFile));
        _tenants = tenants;
        _server = new PortalServer("platform", new Dictionary<string, string?>
        {
            ["Portal:Plugins:Path"] = _plugins.Path,
            ["Portal:Plugins:Trusted:0"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source))),
            // Explicit, whatever else --with-services exported: SQLite stores, no Redis, RabbitMQ.
            ["Portal:Database:Provider"] = "Sqlite",
            ["Portal:Database:ConnectionString"] = "",
            ["Portal:Redis:Configuration"] = "",
            ["Portal:Bus:Transport"] = "RabbitMQ",
            ["Portal:Bus:RabbitMQ:Host"] = rabbit.Host,
            ["Portal:Bus:RabbitMQ:VirtualHost"] = rabbit.VirtualHost,
            ["Portal:Bus:RabbitMQ:Username"] = rabbit.Username,
            ["Portal:Bus:RabbitMQ:Password"] = rabbit.Password,
        });
        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public string Name => "portal";

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
    }

    public async Task<bool> SendBatchAsync(long index, int size, CancellationToken cancellationToken)
    {
        var tenant = _tenants[index % _tenants.Length];
        using var response = await _client.PostAsync($"{tenant}/api/test/probes?count={size}", content: null, cancellationToken);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    public async Task<HandledCount> CountAsync(long untilUnixMs, CancellationToken cancellationToken)
    {
        long total = 0, upTo = 0, last = 0;
        foreach (var tenant in _tenants)
        {
            await using var db = StoreOf(tenant);
            var rows = db.Inbox.Where(i => i.Handler.EndsWith(CountedHandler));
            total += await rows.LongCountAsync(cancellationToken);
            upTo += await rows.LongCountAsync(i => i.HandledUnixMs <= untilUnixMs, cancellationToken);
            last = Math.Max(last, await rows.Select(i => (long?)i.HandledUnixMs).MaxAsync(cancellationToken) ?? 0);
        }

        return new HandledCount(total, upTo, last);
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
