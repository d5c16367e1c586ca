using System.Text.Json;
using Portal.Host.Recipes;

namespace Portal.Host.Tests.Recipes;

public sealed class RecipeParserTests
{
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["AdminEmail"] = "admin@met.example.org",
        ["AdminPassword"] = "S3cret!pass",
    };

    private static (ParsedRecipe? Recipe, List<string> Errors) Parse(string json, IReadOnlyDictionary<string, string>? variables = null)
    {
        var errors = new List<string>();
        var recipe = RecipeParser.Parse(json, variables ?? Variables, errors);
        return (recipe, errors);
    }

    [Fact]
    public void A_valid_recipe_is_read_with_its_steps_in_order()
    {
        var (recipe, errors) = Parse("""
            {
              // comments are allowed in recipe files
              "name": "police-force",
              "forDefaultTenant": false,
              "steps": [
                { "name": "feature", "enable": ["Portal.Users"] },
                { "name": "settings", "displayName": "Met" }
              ]
            }
            """);

        Assert.Empty(errors);
        Assert.NotNull(recipe);
        Assert.Equal("police-force", recipe.Name);
        Assert.False(recipe.ForDefaultTenant);
        Assert.Equal(["feature", "settings"], recipe.Steps.Select(s => s.Name));
        Assert.Equal([0, 1], recipe.Steps.Select(s => s.Index));
        Assert.Equal("step 2 (settings)", recipe.Steps[1].Location);
        Assert.Equal("Portal.Users", (string?)recipe.Steps[0].Data["enable"]![0]);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("")]
    public void Invalid_json_is_reported_not_thrown(string json)
    {
        var (recipe, errors) = Parse(json);

        Assert.Null(recipe);
        Assert.Contains(errors, e => e.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recipe_without_steps_is_refused()
    {
        var (recipe, errors) = Parse("""{ "name": "empty" }""");

        Assert.Null(recipe);
        Assert.Contains(errors, e => e.Contains("\"steps\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_that_are_not_an_array_are_refused()
    {
        var (recipe, errors) = Parse("""{ "name": "odd", "steps": { "name": "feature" } }""");

        Assert.Null(recipe);
        Assert.Contains(errors, e => e.Contains("\"steps\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recipe_without_a_name_is_refused()
    {
        var (recipe, errors) = Parse("""{ "steps": [] }""");

        Assert.Null(recipe);
        Assert.Contains(errors, e => e.Contains("\"name\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "enable": [] }""")]
    [InlineData("""{ "name": "" }""")]
    [InlineData("""{ "name": 3 }""")]
    [InlineData("\"feature\"")]
    public void A_step_without_a_name_is_reported_with_its_position(string badStep)
    {
        var (recipe, errors) = Parse($$"""{ "name": "r", "steps": [ { "name": "feature" }, {{badStep}} ] }""");

        Assert.Null(recipe);
        Assert.Equal(["step 2: each step is an object with a \"name\"."], errors);
    }

    [Fact]
    public void Variables_are_substituted_anywhere_in_a_step()
    {
        var (recipe, errors) = Parse("""
            {
              "name": "r",
              "steps": [
                { "name": "users", "users": [ { "email": "{{AdminEmail}}", "password": "{{ AdminPassword }}", "note": "for {{AdminEmail}} only" } ] }
              ]
            }
            """);

        Assert.Empty(errors);
        var user = recipe!.Steps[0].Data["users"]![0]!;
        Assert.Equal("admin@met.example.org", (string?)user["email"]);
        Assert.Equal("S3cret!pass", (string?)user["password"]);
        Assert.Equal("for admin@met.example.org only", (string?)user["note"]);
    }

    [Fact]
    public void A_variable_without_a_value_is_reported_with_its_name_and_step()
    {
        var (recipe, errors) = Parse("""
            { "name": "r", "steps": [ { "name": "feature" }, { "name": "clients", "secret": "{{ClientSecret}}" } ] }
            """);

        Assert.Null(recipe);
        var error = Assert.Single(errors);
        Assert.Contains("{{ClientSecret}}", error);
        Assert.Contains("step 2 (clients)", error);
    }

    [Fact]
    public void Text_without_placeholders_and_non_text_values_are_left_alone()
    {
        var (recipe, errors) = Parse("""
            { "name": "r", "steps": [ { "name": "settings", "count": 3, "flag": true, "text": "{ not a {placeholder} }" } ] }
            """);

        Assert.Empty(errors);
        var data = recipe!.Steps[0].Data;
        Assert.Equal(3, (int)data["count"]!);
        Assert.True((bool)data["flag"]!);
        Assert.Equal("{ not a {placeholder} }", (string?)data["text"]);
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var (recipe, errors) = Parse("""{ "steps": [ {}, { "name": "x", "v": "{{Missing}}" } ] }""");

        Assert.Null(recipe);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void The_descriptor_reads_name_display_name_and_target()
    {
        var descriptor = RecipeParser.ReadDescriptor("""{ "name": "demo", "forDefaultTenant": true, "steps": [] }""");

        Assert.Equal("demo", descriptor.Name);
        Assert.Equal("demo", descriptor.DisplayName);
        Assert.True(descriptor.ForDefaultTenant);
        Assert.Throws<JsonException>(() => RecipeParser.ReadDescriptor("""{ "steps": [] }"""));
    }
}
