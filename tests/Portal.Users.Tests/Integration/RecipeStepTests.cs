using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Microsoft.Extensions.DependencyInjection;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>The users and roles steps inside real tenant setups: a step that fails leaves the tenant uninitialized.</summary>
public sealed class RecipeStepTests(UsersPortalFactory factory) : IClassFixture<UsersPortalFactory>
{
    [Fact]
    public async Task A_weak_password_fails_the_setup_with_identitys_reason_and_never_the_password()
    {
        var result = await factory.SetUpTenantAsync("weak", """
            { "name": "weak", "steps": [ { "name": "users", "users": [ { "email": "someone@weak.example.org", "password": "Tiny1!", "roles": [] } ] } ] }
            """);

        Assert.False(result.Succeeded);
        var errors = string.Join(" ", result.Errors);
        Assert.Contains("at least 12 characters", errors);
        Assert.DoesNotContain("Tiny1!", errors);
        var tenant = await factory.Services.GetRequiredService<IShellSettingsManager>().FindAsync("weak");
        Assert.Equal(TenantState.Uninitialized, tenant!.State);
        Assert.DoesNotContain("Tiny1!", tenant.SetupError ?? "");
    }

    [Fact]
    public async Task Invalid_steps_are_refused_before_anything_runs()
    {
        var result = await factory.SetUpTenantAsync("invalid", """
            { "name": "invalid", "steps": [
              { "name": "roles", "roles": [ { "name": "Editor", "permissions": [ "ManageTheUniverse" ] } ] },
              { "name": "users", "users": [ { "email": "not-an-address", "password": "", "roles": [ 42 ] } ] } ] }
            """);

        Assert.False(result.Succeeded);
        var errors = string.Join(" ", result.Errors);
        Assert.Contains("no enabled feature declares the permission 'ManageTheUniverse'", errors);
        Assert.Contains("\"email\" must be an email address", errors);
        Assert.Contains("\"password\" is required", errors);
        Assert.Contains("\"roles\" must be an array of role names", errors);
    }

    [Fact]
    public async Task A_user_given_a_role_that_does_not_exist_fails_the_setup()
    {
        var result = await factory.SetUpTenantAsync("norole", """
            { "name": "norole", "steps": [ { "name": "users", "users": [ { "email": "{{AdminEmail}}", "password": "{{AdminPassword}}", "roles": [ "Ghost" ] } ] } ] }
            """);

        Assert.False(result.Succeeded);
        Assert.Contains("the role 'Ghost'", string.Join(" ", result.Errors));
    }
}
