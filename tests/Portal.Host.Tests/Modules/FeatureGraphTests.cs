using Portal.Host.Modules;
using static Portal.Host.Tests.Support.Features;

namespace Portal.Host.Tests.Modules;

public sealed class FeatureGraphTests
{
    // users <- roles <- audit <- reports ; users <- tenants ; theme (alone)
    private static FeatureGraph Sample() => new(
    [
        F("reports", "audit"),
        F("audit", "roles"),
        F("roles", "users"),
        F("users"),
        F("tenants", "users"),
        F("theme"),
    ]);

    [Fact]
    public void Enabling_closes_over_dependencies_transitively()
    {
        var closed = Sample().WithDependencies(["reports"]);

        Assert.Equal(["audit", "reports", "roles", "users"], closed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_feature_without_dependencies_closes_over_itself_only()
    {
        Assert.Equal(["theme"], Sample().WithDependencies(["theme"]));
    }

    [Fact]
    public void Disabling_cascades_over_dependents_transitively()
    {
        var removed = Sample().WithDependents(["roles"]);

        Assert.Equal(["audit", "reports", "roles"], removed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Disabling_the_root_takes_every_dependent_but_not_unrelated_features()
    {
        var removed = Sample().WithDependents(["users"]);

        Assert.Equal(["audit", "reports", "roles", "tenants", "users"], removed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("theme", removed);
    }

    [Fact]
    public void Order_puts_dependencies_first()
    {
        var order = Sample().Order(["reports", "tenants", "users", "audit", "roles"]).Select(f => f.Id).ToList();

        Assert.True(order.IndexOf("users") < order.IndexOf("roles"));
        Assert.True(order.IndexOf("roles") < order.IndexOf("audit"));
        Assert.True(order.IndexOf("audit") < order.IndexOf("reports"));
        Assert.True(order.IndexOf("users") < order.IndexOf("tenants"));
    }

    [Fact]
    public void Order_is_stable_whatever_the_input_order()
    {
        var graph = Sample();
        var ids = new[] { "reports", "tenants", "users", "audit", "roles", "theme" };

        var first = graph.Order(ids).Select(f => f.Id).ToList();
        var reversed = graph.Order(ids.Reverse()).Select(f => f.Id).ToList();
        var withDuplicates = graph.Order(ids.Concat(ids)).Select(f => f.Id).ToList();

        // Rank 0 (no dependencies) by id, then rank 1 by id, and so on.
        Assert.Equal(["theme", "users", "roles", "tenants", "audit", "reports"], first);
        Assert.Equal(first, reversed);
        Assert.Equal(first, withDuplicates);
    }

    [Fact]
    public void A_cycle_is_refused_with_the_features_named()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("a", "b"), F("b", "c"), F("c", "a"), F("d")]));

        Assert.Contains("'a'", ex.Message);
        Assert.Contains("a -> b -> c -> a", ex.Message);
    }

    [Fact]
    public void A_feature_depending_on_itself_is_a_cycle()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("selfish", "selfish")]));

        Assert.Contains("selfish -> selfish", ex.Message);
    }

    [Fact]
    public void A_cycle_below_a_valid_feature_is_still_found()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("top", "x"), F("x", "y"), F("y", "x")]));

        Assert.Contains("x -> y -> x", ex.Message);
    }

    [Fact]
    public void A_missing_dependency_is_refused_naming_both_features()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("reports", "audit"), F("users")]));

        Assert.Contains("'reports'", ex.Message);
        Assert.Contains("'audit'", ex.Message);
    }

    [Fact]
    public void A_feature_declared_twice_is_refused_naming_it_and_both_modules()
    {
        var first = F("users");
        var second = F("users") with { ModuleId = "Other.Module" };

        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([first, second]));

        Assert.Contains("'users'", ex.Message);
        Assert.Contains("Module.users", ex.Message);
        Assert.Contains("Other.Module", ex.Message);
    }

    [Fact]
    public void Feature_ids_are_case_sensitive()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("reports", "Users"), F("users")]));

        Assert.Contains("'Users'", ex.Message);
    }

    [Fact]
    public void Direct_dependents_are_only_one_level()
    {
        var graph = Sample();

        Assert.Equal(["roles", "tenants"], graph.DirectDependents("users").Order(StringComparer.Ordinal));
        Assert.Empty(graph.DirectDependents("reports"));
        Assert.Empty(graph.DirectDependents("nosuch"));
    }

    [Fact]
    public void An_unknown_feature_cannot_be_closed_over()
    {
        var graph = Sample();

        Assert.Throws<KeyNotFoundException>(() => graph.WithDependencies(["nosuch"]));
        Assert.Throws<KeyNotFoundException>(() => graph.WithDependents(["nosuch"]));
        Assert.Null(graph.Find("nosuch"));
    }
}
