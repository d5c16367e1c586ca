using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Data.Postgres;
using Portal.Host.Health;
using Portal.Host.Messaging;
using Portal.Host.Modules;
using Portal.Host.Plugins;
using Portal.Host.Recipes;
using Portal.Host.Redis;
using Portal.Host.Security;
using Portal.Host.Shell;

namespace Portal.Host;

public static class PortalHostExtensions
{
    /// <summary>
    /// Registers the shell engine with the modules in <paramref name="moduleAssemblies"/> (what the web project
    /// references) plus trusted plug-ins. The feature graph is validated here: a broken one stops the app.
    /// Deliberately no authentication, data protection or MVC at host level: each tenant has its own.
    /// </summary>
    public static WebApplicationBuilder AddPortalHost(this WebApplicationBuilder builder, IEnumerable<Assembly> moduleAssemblies)
    {
        var services = builder.Services;
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        services.PostConfigure<PortalOptions>(PostgresConnectionDefaults.Apply);
        var portal = new PortalOptions();
        builder.Configuration.GetSection(PortalOptions.Section).Bind(portal);

        // The app's logging does not exist yet: keep the loader's lines and write them once the app starts.
        var pluginLog = new DeferredLogger();
        var (plugins, refused) = PluginLoader.Load(portal.Plugins.Path, portal.Plugins.Trusted, pluginLog);
        ModuleCatalog catalog;
        try
        {
            catalog = new ModuleCatalog(moduleAssemblies, plugins, refused);
        }
        catch (FeatureGraphException)
        {
            // The app will not start, so its logging never will: show what was loaded on the console instead.
            using var console = LoggerFactory.Create(l => l.AddConsole());
            pluginLog.WriteTo(console.CreateLogger("Portal.Plugins"));
            throw;
        }

        services.AddSingleton(catalog);
        services.AddSingleton<IModuleCatalog>(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<TenantStoreLocator>();
        services.AddSingleton<PlatformStore>();
        KeyRingCertificate.EnsureConfigured(portal.Database, builder.Environment);
        services.AddSingleton<KeyRingCertificate>();
        services.AddSingleton<TenantPasswordProtector>();
        services.AddSingleton<PostgresTenantProvisioner>();
        services.AddSingleton<TenantStores>();
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<IRecipeCatalog>(sp => sp.GetRequiredService<RecipeCatalog>());
        services.AddSingleton<ISettingsStep, FeatureStep>();
        services.AddSingleton<ISettingsStep, ThemesStep>();
        services.AddSingleton<ISettingsStep, SettingsStep>();
        services.AddSingleton<ShellActivator>();
        services.AddSingleton(sp => new ShellContainerFactory(new HostServiceCloner(services, sp), catalog,
            sp.GetRequiredService<TenantStoreLocator>(), sp.GetRequiredService<TenantStores>(), sp));
        services.AddSingleton(sp => new ShellHost(sp.GetRequiredService<ShellContainerFactory>(), sp.GetRequiredService<ShellActivator>(),
            sp.GetRequiredService<IServer>(), sp.GetRequiredService<ILogger<ShellHost>>()));
        services.AddSingleton<IShellReleaser>(sp => sp.GetRequiredService<ShellHost>());
        services.AddSingleton<IShellSettingsManager, ShellSettingsManager>();
        services.AddSingleton<IShellFeatureManager, ShellFeatureManager>();
        services.AddSingleton<ITenantSetupService, TenantSetupService>();
        services.AddSingleton<ITenantRemover, TenantRemover>();
        services.AddHostedService(sp => new DeferredLogWriter(pluginLog, sp.GetRequiredService<ILoggerFactory>()));
        // Before the platform initializer: its first save announces the Default tenant through the platform outbox.
        builder.AddPortalMessaging();
        services.AddHostedService<PlatformInitializer>();
        services.AddPortalRedis(builder.Configuration);
        services.AddHealthChecks().AddCheck<PlatformStoreHealthCheck>("platform-store", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>Health endpoints, then every other request goes to its tenant.</summary>
    public static WebApplication UsePortalHost(this WebApplication app)
    {
        app.UsePortalHealth();
        app.UseMiddleware<TenantMiddleware>();
        return app;
    }
}
