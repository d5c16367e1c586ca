using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>The <c>openid-scopes</c> recipe step, run by the Default tenant's own handler as tenant setup runs it.</summary>
public sealed class ScopesRecipeStepTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private readonly ScopesApiClient _api = new(factory);

    private static RecipeStep Step(string json) => new(0, "openid-scopes", JsonNode.Parse(json)!.AsObject());

    private Task<List<string>> ValidateAsync(string json) => factory.InDefaultAsync((services, _) =>
    {
        var context = new RecipeValidationContext("test");
        Handler(services).Validate(Step(json), context);
        return Task.FromResult(context.Errors.ToList());
    });

    private Task ExecuteAsync(string json) => factory.InDefaultAsync(async (services, settings) =>
    {
        await Handler(services).ExecuteAsync(Step(json), new RecipeExecutionContext(settings, new Dictionary<string, string>()), CancellationToken.None);
        return true;
    });

    private static IRecipeStepHandler Handler(IServiceProvider services) =>
        services.GetServices<IRecipeStepHandler>().Single(h => h.StepName == "openid-scopes");

    [Fact]
    public async Task The_step_adds_its_scopes_once_and_leaves_existing_ones_as_they_are()
    {
        const string json = """
            {"name": "openid-scopes", "scopes": [
              {"name": "recipe.scope", "displayName": "From a recipe", "description": "Added at setup", "resources": ["recipe-api"]},
              {"name": "openid", "displayName": "Not applied: openid exists"}
            ]}
            """;
        Assert.Empty(await ValidateAsync(json));

        await ExecuteAsync(json);
        await ExecuteAsync(json);

        var scope = await _api.GetAsync("recipe.scope");
        Assert.Equal(HttpStatusCode.OK, scope.Status);
        Assert.Equal("From a recipe", scope.Body.GetProperty("displayName").GetString());
        Assert.Equal("recipe-api", scope.Body.GetProperty("resources")[0].GetString());
        Assert.Equal("Sign you in", (await _api.GetAsync("openid")).Body.GetProperty("displayName").GetString());
        Assert.Single(await _api.AuditAsync("scopes", "recipe.scope"));
    }

    [Theory]
    [InlineData("""{"name": "openid-scopes", "scopes": [{"name": "Bad Name", "displayName": "B"}]}""", "(name)")]
    [InlineData("""{"name": "openid-scopes", "scopes": [{"name": "no.display"}]}""", "(displayName)")]
    [InlineData("""{"name": "openid-scopes", "scopes": [{"name": "odd.field", "displayName": "O", "colour": "red"}]}""", "colour")]
    [InlineData("""{"name": "openid-scopes", "scopes": {"name": "not.a.list"}}""", "must be an array")]
    [InlineData("""{"name": "openid-scopes", "scopes": [], "extra": 1}""", "unknown property \"extra\"")]
    public async Task A_bad_step_is_refused_before_anything_runs(string json, string expected)
    {
        var errors = await ValidateAsync(json);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ExecuteAsync(json));
        Assert.DoesNotContain(await _api.NamesAsync(), n => n is "bad name" or "no.display" or "odd.field" or "not.a.list");
    }
}
