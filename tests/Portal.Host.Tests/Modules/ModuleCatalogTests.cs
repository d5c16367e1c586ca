using Microsoft.Extensions.Logging.Abstractions;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Modules;
using Portal.Host.Recipes;
using Portal.Host.Tests.Support;
using Portal.Web;

namespace Portal.Host.Tests.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void The_shipped_modules_form_a_valid_catalogue()
    {
        var catalog = new ModuleCatalog(PortalModules.Assemblies, [], []);

        Assert.Equal(PortalModules.Names.Order(StringComparer.Ordinal), catalog.Modules.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(catalog.Modules, m => Assert.False(m.IsPlugin));
        Assert.Contains(catalog.Features, f => f.Id == "Portal.Users");

        // Every feature comes after all of its dependencies.
        var position = catalog.Features.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Assert.All(catalog.Features, f => Assert.All(f.Dependencies, d => Assert.True(position[d] < position[f.Id], $"{d} must come before {f.Id}")));
    }

    [Fact]
    public void The_shipped_recipes_are_readable_and_unique()
    {
        var recipes = new RecipeCatalog(new ModuleCatalog(PortalModules.Assemblies, [], []), NullLogger<RecipeCatalog>.Instance);

        Assert.NotNull(recipes.Find("platform"));
        Assert.True(recipes.Find("platform")!.ForDefaultTenant);
        Assert.Equal(recipes.Recipes.Count, recipes.Recipes.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Plugin_assemblies_are_marked_as_plugins_and_refusals_are_kept()
    {
        var refused = new RefusedPlugin("Evil.dll", "00", "Its SHA-256 is not listed in Portal:Plugins:Trusted.");
        var catalog = new ModuleCatalog([DynamicModules.Module("Shipped")], [DynamicModules.Module("Extra", features: [new FeatureSpec("Extra.More")])], [refused]);

        Assert.False(catalog.Modules.Single(m => m.Id == "Shipped").IsPlugin);
        Assert.True(catalog.Modules.Single(m => m.Id == "Extra").IsPlugin);
        Assert.True(catalog.FindFeature("Extra.More")!.IsPlugin);
        Assert.Equal([refused], catalog.RefusedPlugins);
    }

    [Fact]
    public void A_module_dependency_that_no_module_provides_stops_the_catalogue()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([DynamicModules.Module("Reports", dependencies: ["Audit"])], [], []));

        Assert.Contains("'Reports'", ex.Message);
        Assert.Contains("'Audit'", ex.Message);
    }

    [Fact]
    public void Two_assemblies_with_the_same_module_id_stop_the_catalogue()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([DynamicModules.Module("Twin")], [DynamicModules.Module("Twin")], []));

        Assert.Contains("'Twin'", ex.Message);
    }

    [Fact]
    public void A_module_without_an_id_stops_the_catalogue()
    {
        Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([DynamicModules.Module("")], [], []));
    }

    [Fact]
    public void A_startup_for_a_feature_its_module_does_not_declare_stops_the_catalogue()
    {
        var module = DynamicModules.Module("Reports", startups: [new StartupSpec("StrayStartup", FeatureId: "Reports.Nowhere")]);

        var ex = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([module], [], []));

        Assert.Contains("Reports.Nowhere", ex.Message);
        Assert.Contains("StrayStartup", ex.Message);
    }

    [Fact]
    public void A_startup_requiring_a_feature_that_no_module_provides_stops_the_catalogue()
    {
        var module = DynamicModules.Module("Reports", startups: [new StartupSpec("Integration", RequiredFeatures: ["Nobody.Provides"])]);

        var ex = Assert.Throws<FeatureGraphException>(() => new ModuleCatalog([module], [], []));

        Assert.Contains("Nobody.Provides", ex.Message);
    }

    [Fact]
    public void Startups_run_only_for_enabled_features_and_when_their_required_features_are_enabled()
    {
        var reports = DynamicModules.Module("Reports",
            features: [new FeatureSpec("Reports.Export", ["Reports"])],
            startups: [new StartupSpec("Main"), new StartupSpec("Export", "Reports.Export"), new StartupSpec("AuditHook", RequiredFeatures: ["Audit"])]);
        var catalog = new ModuleCatalog([reports, DynamicModules.Module("Audit")], [], []);

        string[] Startups(params string[] ids) =>
            catalog.StartupsFor(catalog.Graph.Order(ids)).Select(s => s.Type.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["Main"], Startups("Reports"));
        Assert.Equal(["Export", "Main"], Startups("Reports", "Reports.Export"));
        Assert.Equal(["AuditHook", "Main"], Startups("Reports", "Audit"));
        Assert.Empty(Startups("Audit"));
    }

    [Fact]
    public void Effective_features_add_always_enabled_ones_and_dependencies_and_drop_platform_only_ones_for_tenants()
    {
        var catalog = new ModuleCatalog(
        [
            DynamicModules.Module("Core", alwaysEnabled: true),
            DynamicModules.Module("Roles", dependencies: ["Core"]),
            DynamicModules.Module("Audit", dependencies: ["Roles"]),
            DynamicModules.Module("Admin", dependencies: ["Core"], defaultTenantOnly: true),
            DynamicModules.Module("PlatformPinned", alwaysEnabled: true, defaultTenantOnly: true),
        ], [], []);

        IReadOnlyList<string> Effective(string tenant, params string[] enabled) =>
            catalog.EffectiveFeatures(new ShellSettings { Name = tenant, EnabledFeatures = enabled }).Select(f => f.Id).ToList();

        Assert.Equal(["Core", "Roles", "Audit"], Effective("met", "Audit"));
        Assert.Equal(["Core"], Effective("met"));
        Assert.Equal(["Core"], Effective("met", "Admin"));
        // A stored feature whose plug-in is gone is ignored rather than breaking the tenant.
        Assert.Equal(["Core"], Effective("met", "Removed.Plugin.Feature"));
        Assert.Equal(["Core", "PlatformPinned", "Admin"], Effective(ShellSettings.DefaultName, "Admin"));
    }

    [Fact]
    public void Dependents_and_module_lookup_follow_the_graph()
    {
        var catalog = new ModuleCatalog(
        [
            DynamicModules.Module("Core"),
            DynamicModules.Module("Roles", dependencies: ["Core"], features: [new FeatureSpec("Roles.Import", ["Roles"])]),
        ], [], []);

        Assert.Equal(["Roles"], catalog.GetDependents("Core").Select(f => f.Id));
        Assert.Equal(["Roles.Import"], catalog.GetDependents("Roles").Select(f => f.Id));
        Assert.Equal("Roles", catalog.FindModuleOf("Roles.Import")?.Id);
        Assert.Null(catalog.FindModuleOf("Nope"));
        Assert.IsType<ModuleInfo>(catalog.FindModuleOf("Core"));
    }
}
