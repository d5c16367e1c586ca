using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Data;
using Portal.Host.Messaging;
using Portal.Host.Messaging.Data;
using Portal.Host.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// A portal node on RabbitMQ (or the in-memory bus) (SQLite stores, or PostgreSQL ones), with the messaging test plug-in, and the tenants given set up with
/// it enabled. Ways to look into each tenant's outbox and inbox.
/// </summary>
/// <param name="sharedDataDir">The data folder of another node (the same platform and tenant stores); that node deletes it.</param>
/// <param name="postgres">Stores on this PostgreSQL database (a schema and role per tenant) instead of SQLite.</param>
/// <param name="virtualHost">Portal:Bus:RabbitMQ:VirtualHost: the private node's, or a <see cref="SharedBrokerVirtualHost"/> on the shared broker.</param>
/// <param name="redeliveryDelays">Portal:Bus:Redelivery:Delays; short by default (1 s, 2 s) so a failing message reaches the error queue in seconds.</param>
/// <param name="inMemory">The in-memory bus instead (the broker arguments are then ignored).</param>
public sealed class RabbitPortalFactory(string rabbitHost, string virtualHost, string username, string password, int retryLimit = RabbitPortalFactory.DefaultRetryLimit,
    string? sharedDataDir = null, ThrowawayDatabase? postgres = null, IReadOnlyList<TimeSpan>? redeliveryDelays = null, bool inMemory = false)
    : WebApplicationFactory<Program>
{
    public const int DefaultRetryLimit = 2;

    public static IReadOnlyList<TimeSpan> DefaultRedeliveryDelays { get; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    private const string PluginFile = "Portal.Messaging.TestPlugin.dll";
    private const string Recipe = """
        { "name": "messaging-tests", "displayName": "Messaging tests", "steps": [
            { "name": "feature", "enable": [ "Test.Messaging" ] } ] }
        """;

    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>();
    private readonly string _pluginFolder = CopyPlugin();

    public string DataDir { get; } = sharedDataDir ?? Directory.CreateTempSubdirectory("portal-messaging-tests-").FullName;

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    public async Task SetUpTenantsAsync(params string[] names)
    {
        var tenants = Services.GetRequiredService<IShellSettingsManager>();
        foreach (var name in names)
        {
            await tenants.CreateAsync(new Portal.Abstractions.Shell.ShellSettings { Name = name, UrlPrefix = name, DisplayName = name });
            var result = await Services.GetRequiredService<ITenantSetupService>().SetupAsync(name, Recipe, NoVariables);
            Assert.True(result.Succeeded, $"Setting up {name} failed: {string.Join(" ", result.Errors)}");
            await Shells.GetOrCreateAsync(Shells.Table.Find(name)!);
        }
    }

    public TenantMessagingDbContext StoreOf(string tenant)
    {
        var database = Services.GetRequiredService<TenantStores>().DatabaseFor(Shells.Table.Find(tenant)!);
        return MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
    }

    /// <summary>Inbox rows of <paramref name="handler"/> (a type name suffix) in <paramref name="tenant"/>.</summary>
    public async Task<int> InboxCountAsync(string tenant, string handler, Guid? messageId = null)
    {
        await using var db = StoreOf(tenant);
        return await db.Inbox.CountAsync(i => i.Handler.EndsWith(handler) && (messageId == null || i.MessageId == messageId));
    }

    public async Task<int> OutboxCountAsync(string tenant)
    {
        await using var db = StoreOf(tenant);
        return await db.Outbox.CountAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", "platform");
        builder.UseSetting("Portal:Setup:AdminEmail", "admin@messaging-tests.example.org");
        builder.UseSetting("Portal:Setup:AdminPassword", "Messaging-Tests-Passw0rd!");
        builder.UseSetting("Portal:Plugins:Path", _pluginFolder);
        builder.UseSetting("Portal:Plugins:Trusted:0", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_pluginFolder, PluginFile)))));
        builder.UseSetting("Portal:Bus:Transport", inMemory ? "InMemory" : "RabbitMQ");
        if (!inMemory)
        {
            builder.UseSetting("Portal:Bus:RabbitMQ:Host", rabbitHost);
            builder.UseSetting("Portal:Bus:RabbitMQ:VirtualHost", virtualHost);
            builder.UseSetting("Portal:Bus:RabbitMQ:Username", username);
            builder.UseSetting("Portal:Bus:RabbitMQ:Password", password);
        }

        builder.UseSetting("Portal:Bus:RetryLimit", retryLimit.ToString());
        builder.UseSetting("Portal:Bus:SweepSeconds", "1");
        var delays = redeliveryDelays ?? DefaultRedeliveryDelays;
        for (var i = 0; i < delays.Count; i++)
        {
            builder.UseSetting($"Portal:Bus:Redelivery:Delays:{i}", delays[i].ToString("c"));
        }
        if (postgres is not null)
        {
            builder.UseSetting("Portal:Database:Provider", "Postgres");
            builder.UseSetting("Portal:Database:ConnectionString", postgres.ConnectionString);
            builder.UseSetting("Portal:Database:TenantRolePrefix", postgres.RolePrefix);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var folder in sharedDataDir is null ? new[] { DataDir, _pluginFolder } : [_pluginFolder])
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private static string CopyPlugin()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "plugins", PluginFile);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException("The messaging test plug-in was not built next to the tests.", source);
        }

        var folder = Directory.CreateTempSubdirectory("portal-messaging-plugins-").FullName;
        File.Copy(source, Path.Combine(folder, PluginFile));
        return folder;
    }
}
