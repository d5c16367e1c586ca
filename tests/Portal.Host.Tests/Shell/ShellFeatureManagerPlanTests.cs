using Microsoft.Extensions.Logging.Abstractions;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Modules;
using Portal.Host.Shell;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Shell;

/// <summary>What a feature change would do, before anything is saved.</summary>
public sealed class ShellFeatureManagerPlanTests
{
    private const string Tenant = "met";

    // Core (always) <- Roles <- Audit <- Audit.Export ; Core <- Admin (platform only) ; Base <- Pinned (always) ; Theme
    private static readonly ModuleCatalog Catalog = new(
    [
        DynamicModules.Module("Core", alwaysEnabled: true),
        DynamicModules.Module("Roles", dependencies: ["Core"]),
        DynamicModules.Module("Audit", dependencies: ["Roles"], features: [new FeatureSpec("Audit.Export", ["Audit"])]),
        DynamicModules.Module("Admin", dependencies: ["Core"], defaultTenantOnly: true),
        DynamicModules.Module("Base"),
        DynamicModules.Module("Pinned", dependencies: ["Base"], alwaysEnabled: true),
        DynamicModules.Module("Theme"),
    ], [], []);

    // Plan reads the catalogue only; the store and the shells are used by UpdateAsync.
    private static readonly ShellFeatureManager Manager = new(Catalog, null!, null!, NullLogger<ShellFeatureManager>.Instance);

    private static IReadOnlyList<string> Plan(string tenant, string[] current, string[] enable, string[] disable) =>
        Manager.Plan(tenant, current, enable, disable);

    [Fact]
    public void Enabling_brings_the_dependencies_in_dependency_order()
    {
        Assert.Equal(["Core", "Roles", "Audit", "Audit.Export"], Plan(Tenant, [], ["Audit.Export"], []));
    }

    [Fact]
    public void Enabling_keeps_what_was_already_enabled()
    {
        Assert.Equal(["Core", "Theme", "Roles"], Plan(Tenant, ["Core", "Theme"], ["Roles"], []));
    }

    [Fact]
    public void Disabling_takes_the_dependents_along()
    {
        Assert.Equal(["Core", "Theme"], Plan(Tenant, ["Core", "Roles", "Audit", "Audit.Export", "Theme"], [], ["Roles"]));
    }

    [Fact]
    public void Disabling_a_leaf_leaves_its_dependencies()
    {
        Assert.Equal(["Core", "Roles", "Audit"], Plan(Tenant, ["Core", "Roles", "Audit", "Audit.Export"], [], ["Audit.Export"]));
    }

    [Fact]
    public void Disabling_a_feature_that_is_not_enabled_changes_nothing()
    {
        Assert.Equal(["Core", "Roles"], Plan(Tenant, ["Core", "Roles"], [], ["Theme"]));
    }

    [Theory]
    [InlineData("Nope.Feature", true)]
    [InlineData("Nope.Feature", false)]
    [InlineData("audit", true)]
    public void An_unknown_feature_is_a_bad_request_naming_it(string id, bool enabling)
    {
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, ["Core"], enabling ? [id] : [], enabling ? [] : [id]));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal(id, ex.FeatureId);
        Assert.Contains($"'{id}'", ex.Message);
    }

    [Fact]
    public void Disabling_an_always_enabled_feature_is_a_conflict()
    {
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, ["Core", "Roles"], [], ["Core"]));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("Core", ex.FeatureId);
    }

    [Fact]
    public void Disabling_what_an_always_enabled_feature_needs_is_a_conflict_naming_that_feature()
    {
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, ["Base", "Pinned"], [], ["Base"]));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("Pinned", ex.FeatureId);
    }

    [Fact]
    public void Disabling_what_an_always_enabled_feature_needs_is_a_conflict_even_when_it_is_not_stored_as_enabled()
    {
        // Pinned runs in every tenant whatever the stored list says, so Base cannot really be switched off.
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, ["Base"], [], ["Base"]));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("Pinned", ex.FeatureId);
    }

    [Fact]
    public void A_platform_only_feature_is_refused_for_a_tenant()
    {
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, [], ["Admin"], []));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("Admin", ex.FeatureId);
        Assert.Contains("Default", ex.Message);
    }

    [Fact]
    public void A_platform_only_feature_is_allowed_for_Default()
    {
        Assert.Equal(["Core", "Admin"], Plan(ShellSettings.DefaultName, [], ["Admin"], []));
    }

    [Fact]
    public void Enabling_and_disabling_the_same_feature_at_once_is_refused()
    {
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, ["Core", "Theme"], ["Theme"], ["Theme"]));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("Theme", ex.FeatureId);
    }

    [Fact]
    public void Disabling_a_dependency_of_a_feature_being_enabled_is_a_conflict()
    {
        var ex = Assert.Throws<FeatureChangeException>(() => Plan(Tenant, ["Core", "Roles"], ["Audit"], ["Roles"]));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("Roles", ex.FeatureId);
    }

    [Fact]
    public void Stored_features_that_no_module_provides_any_more_are_dropped()
    {
        Assert.Equal(["Core", "Roles"], Plan(Tenant, ["Core", "Gone.Plugin", "Roles"], [], []));
    }
}
