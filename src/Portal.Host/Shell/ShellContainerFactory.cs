using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Messaging;
using Portal.Host.Modules;
using Portal.Host.Navigation;
using Portal.Host.Redis;
using Portal.Host.Security;

namespace Portal.Host.Shell;

/// <summary>
/// Builds one tenant's container: the host's services, the tenant's own infrastructure (routing, key ring,
/// cookies, authentication, MVC parts of its enabled modules only), then each enabled feature's startup.
/// </summary>
public sealed class ShellContainerFactory
{
    private readonly HostServiceCloner _cloner;
    private readonly ModuleCatalog _catalog;
    private readonly TenantStoreLocator _locator;
    private readonly TenantStores _stores;
    private readonly IServiceProvider _hostProvider;

    internal ShellContainerFactory(HostServiceCloner cloner, ModuleCatalog catalog, TenantStoreLocator locator, TenantStores stores,
        IServiceProvider hostProvider)
    {
        _cloner = cloner;
        _catalog = catalog;
        _locator = locator;
        _stores = stores;
        _hostProvider = hostProvider;
    }

    public (ServiceProvider Services, IReadOnlyList<FeatureInfo> Features, IReadOnlyList<StartupBase> Startups) Build(ShellSettings settings)
    {
        var features = _catalog.EffectiveFeatures(settings);
        var services = new ServiceCollection();
        _cloner.CopyInto(services);

        services.AddSingleton(settings);
        var database = _stores.DatabaseFor(settings);
        services.AddSingleton(database);
        services.AddSingleton(new EnabledFeatures(features));
        AddTenantInfrastructure(services, settings, database, features);

        var startups = _catalog.StartupsFor(features)
            .Select(s => (StartupBase)ActivatorUtilities.CreateInstance(_hostProvider, s.Type))
            .OrderBy(s => s.Order)
            .ToList();

        foreach (var startup in startups)
        {
            startup.ConfigureServices(services);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return (provider, features, startups.OrderBy(s => s.ConfigureOrder).ToList());
    }

    private void AddTenantInfrastructure(IServiceCollection services, ShellSettings settings, TenantDatabase database,
        IReadOnlyList<FeatureInfo> features)
    {
        services.AddRouting();
        TenantKeyRing.Add(services, settings, database, _locator, _hostProvider.GetRequiredService<KeyRingCertificate>());

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = $".portal.{settings.Name.ToLowerInvariant()}.antiforgery";
            o.Cookie.Path = string.IsNullOrEmpty(settings.PathBase) ? "/" : settings.PathBase;
        });

        // Modules add their policies (Portal.Users: sign-in and token limits); the host runs the limiter.
        services.AddRateLimiter(_ => { });
        services.AddTenantRedis(settings);
        services.AddAuthentication();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, TenantCookieNames>();
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        // A handler keeps its container alive for its lifetime; a short one lets released tenants go sooner.
        services.AddHttpClient();
        services.ConfigureHttpClientDefaults(b => b.SetHandlerLifetime(TimeSpan.FromSeconds(30)));

        var parts = new ApplicationPartManager();
        foreach (var assembly in features.Select(f => _catalog.FindModuleOf(f.Id)!.Assembly).Distinct())
        {
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }

        parts.FeatureProviders.Add(new FeatureControllerProvider(features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal)));

        // Registered before MVC, so MVC uses it and skips its default parts (and, seeing a controller feature
        // provider, adds none of its own): a tenant sees only the controllers of its enabled features.
        services.AddSingleton(parts);
        services.AddControllersWithViews()
            .AddJsonOptions(o => ConfigureJson(o.JsonSerializerOptions))
            .AddCookieTempDataProvider(o =>
            {
                o.Cookie.Name = $".portal.{settings.Name.ToLowerInvariant()}.tempdata";
                o.Cookie.Path = string.IsNullOrEmpty(settings.PathBase) ? "/" : settings.PathBase;
            });

        // Pages that opt in ([OutputCache]) are served from memory to anonymous visitors; the cache belongs to
        // this container, so it goes when the shell is released (a change of features or settings).
        services.AddOutputCache(o => o.SizeLimit = 16 * 1024 * 1024);
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        // Minimal APIs then throw on a body they cannot bind (in every environment), and the tenant's error
        // middleware answers with the field that was wrong instead of an empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddEndpointsApiExplorer();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = $"{(string.IsNullOrEmpty(settings.DisplayName) ? settings.Name : settings.DisplayName)} API";
            return Task.CompletedTask;
        }));
        services.AddScoped<INavigationManager, NavigationManager>();
        services.AddTenantMessaging();
    }

    private static void ConfigureJson(JsonSerializerOptions options)
    {
        // Unknown fields are refused rather than silently dropped: a typo must not look like success.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new JsonStringEnumConverter());
    }
}
