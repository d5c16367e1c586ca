using Portal.Abstractions.Security;
using System.Text.Json.Nodes;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Modules;
using Portal.Users.RecipeSteps;
using Portal.Users.Services;

namespace Portal.Users.Tests.Unit;

public sealed class RecipeStepValidationTests
{
    private static RecipeStep Step(string name, string json) => new(0, name, JsonNode.Parse(json)!.AsObject());

    private static List<string> UserErrors(string json)
    {
        var errors = new List<string>();
        UsersStepReader.Read(Step("users", json), errors);
        return errors;
    }

    [Fact]
    public void A_valid_users_step_is_read_with_defaults()
    {
        var errors = new List<string>();
        var users = UsersStepReader.Read(Step("users", """
            {"name":"users","users":[{"email":"a@b.example","password":"Secret-Passw0rd!","roles":["Administrator"],"vettingLevel":"sc"},
                                     {"email":"c@d.example","password":"x"}]}
            """), errors);

        Assert.Empty(errors);
        Assert.Equal(VettingLevel.SC, users[0].VettingLevel);
        Assert.Equal("c@d.example", users[1].DisplayName);
        Assert.Empty(users[1].Roles);
    }

    [Theory]
    [InlineData("""{"name":"users"}""", "\"users\" must be a non-empty array")]
    [InlineData("""{"name":"users","users":[]}""", "\"users\" must be a non-empty array")]
    [InlineData("""{"name":"users","users":[{"email":"nope","password":"p"}]}""", "\"email\" must be an email address")]
    [InlineData("""{"name":"users","users":[{"email":"a@b.example"}]}""", "\"password\" is required")]
    [InlineData("""{"name":"users","users":[{"email":"a@b.example","password":"p","roles":["", "x"]}]}""", "\"roles\" must be an array of role names")]
    [InlineData("""{"name":"users","users":[{"email":"a@b.example","password":"p","roles":"Administrator"}]}""", "\"roles\" must be an array of role names")]
    [InlineData("""{"name":"users","users":[{"email":"a@b.example","password":"p","vettingLevel":"3"}]}""", "\"vettingLevel\" must be one of")]
    [InlineData("""{"name":"users","users":[{"email":"a@b.example","password":"p","isAdmin":true}]}""", "unknown property \"isAdmin\"")]
    [InlineData("""{"name":"users","users":[{"email":"a@b.example","password":"p"},{"email":"A@b.example","password":"p"}]}""", "listed twice")]
    public void Invalid_users_steps_are_explained(string json, string expected) =>
        Assert.Contains(UserErrors(json), e => e.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Validation_messages_never_repeat_a_password()
    {
        var errors = UserErrors("""{"name":"users","users":[{"email":"bad","password":"Very-Secret-1!","roles":[1]}]}""");

        Assert.NotEmpty(errors);
        Assert.DoesNotContain(errors, e => e.Contains("Very-Secret-1!", StringComparison.Ordinal));
    }

    [Fact]
    public void A_roles_step_may_only_name_permissions_of_enabled_features()
    {
        var catalog = new PermissionCatalog([new Permissions()], new EmptyModuleCatalog());
        var errors = new List<string>();

        var roles = RolesStepReader.Read(Step("roles", """
            {"name":"roles","roles":[{"name":"Editor","description":"Edits","permissions":["ManageUsers"]},
                                     {"name":"Helpdesk","permissions":["ManageUsers","ManageTickets"]},
                                     {"name":"","permissions":[]}]}
            """), catalog, errors);

        Assert.Single(roles);
        Assert.Equal("Editor", roles[0].Name);
        Assert.Contains(errors, e => e.Contains("role 2: no enabled feature declares the permission 'ManageTickets'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("role 3: \"name\" must be a role name", StringComparison.Ordinal));
    }

    private sealed class EmptyModuleCatalog : IModuleCatalog
    {
        public IReadOnlyList<ModuleInfo> Modules => [];
        public IReadOnlyList<FeatureInfo> Features => [];
        public IReadOnlyList<RefusedPlugin> RefusedPlugins => [];
        public FeatureInfo? FindFeature(string id) => null;
        public IReadOnlyList<FeatureInfo> GetDependents(string featureId) => [];
    }
}
