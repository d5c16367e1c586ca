using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;
using Portal.Platform.Tests.Support;
using Portal.Tenants.Services;

namespace Portal.Platform.Tests;

/// <summary>The demo recipe and its "tenants" step: two police forces with the platform's administrator.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DemoRecipeTests(PlatformFixture platform)
{
    private TenantsRecipeStep Step() => new(
        platform.Factory.Services.GetRequiredService<IShellSettingsManager>(),
        platform.Factory.Services.GetRequiredService<ITenantSetupService>(),
        platform.Factory.Services.GetRequiredService<IRecipeCatalog>(),
        NullLogger<TenantsRecipeStep>.Instance);

    private static RecipeStep StepOf(string json) => new(0, "tenants", JsonNode.Parse(json)!.AsObject());

    [Theory]
    [InlineData("met", "Metropolitan Police Service", "demo-met")]
    [InlineData("city", "City of London Police", "demo-city")]
    public async Task The_demo_sets_up_each_force_with_the_platforms_administrator(string name, string displayName, string recipe)
    {
        var tenant = await platform.Factory.FindTenantAsync(name);

        Assert.NotNull(tenant);
        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Equal(displayName, tenant.DisplayName);
        Assert.Equal(name, tenant.UrlPrefix);
        Assert.Equal(recipe, tenant.SetupRecipe);
        using var admin = await SignIn.AsAdminAsync(platform.Factory, "/" + name);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/{name}/admin")).StatusCode);
    }

    [Fact]
    public async Task Running_the_tenants_step_again_leaves_set_up_tenants_alone()
    {
        var before = (await platform.Factory.FindTenantAsync("met"))!.VersionId;
        var step = StepOf("""{ "name": "tenants", "tenants": [ { "name": "met", "displayName": "Other", "recipe": "police-force" } ] }""");

        await Step().ExecuteAsync(step, new RecipeExecutionContext((await platform.Factory.FindTenantAsync("Default"))!,
            new Dictionary<string, string> { ["AdminEmail"] = "x@example.org", ["AdminPassword"] = "Another-Passw0rd!" }), CancellationToken.None);

        var after = (await platform.Factory.FindTenantAsync("met"))!;
        Assert.Equal(before, after.VersionId);
        Assert.Equal("Metropolitan Police Service", after.DisplayName);
    }

    [Theory]
    [InlineData("""{ "name": "tenants" }""", "\"tenants\" must be an array")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "Bad Name", "recipe": "police-force" } ] }""", "lowercase")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "admin", "recipe": "police-force" } ] }""", "reserved")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "twice", "recipe": "police-force" }, { "name": "twice", "recipe": "supplier" } ] }""", "twice")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "nowhere", "recipe": "no-such-recipe" } ] }""", "no recipe named 'no-such-recipe'")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "nested", "recipe": "demo" } ] }""", "sets up the platform")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "typo", "recipe": "supplier", "recipie": "x" } ] }""", "'recipie' is not a field")]
    [InlineData("""{ "name": "tenants", "tenants": [ { "name": "nohost", "recipe": "supplier", "hosts": [ "not a host" ] } ] }""", "not a valid host name")]
    public void The_tenants_step_is_validated_before_anything_runs(string json, string expected)
    {
        var context = new RecipeValidationContext("test");

        Step().Validate(StepOf(json), context);

        Assert.Contains(context.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_well_formed_tenants_step_is_valid()
    {
        var context = new RecipeValidationContext("test");

        Step().Validate(StepOf("""
            { "name": "tenants", "tenants": [
                { "name": "met", "displayName": "Metropolitan Police Service", "urlPrefix": "met", "recipe": "police-force" },
                { "name": "acme", "hosts": [ "portal.acme.example.org", "*.acme.example.org" ], "recipe": "supplier" } ] }
            """), context);

        Assert.Empty(context.Errors);
    }

    [Fact]
    public async Task Each_shipped_tenant_recipe_is_valid_and_the_platform_recipes_are_not_for_tenants()
    {
        var setup = platform.Factory.Services.GetRequiredService<ITenantSetupService>();
        var recipes = platform.Factory.Services.GetRequiredService<IRecipeCatalog>();

        foreach (var name in new[] { "police-force", "supplier", "carrier" })
        {
            var recipe = recipes.Find(name);
            Assert.NotNull(recipe);
            Assert.False(recipe.ForDefaultTenant);
            Assert.Empty(await setup.ValidateAsync("recipecheck", recipe.Json));
        }

        Assert.True(recipes.Find("demo")!.ForDefaultTenant);
        Assert.True(recipes.Find("platform")!.ForDefaultTenant);
    }
}
