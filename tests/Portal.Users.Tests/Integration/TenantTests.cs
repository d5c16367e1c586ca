using System.Net;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>Each tenant has its own users, its own sign-in page and its own cookie.</summary>
public sealed class TenantTests(UsersPortalFactory factory) : IClassFixture<UsersPortalFactory>
{
    [Fact]
    public async Task Anonymous_visit_to_a_tenants_admin_area_goes_to_that_tenants_sign_in_page()
    {
        await factory.EnsureTenantAsync("met");
        using var session = factory.CreateSession("/met");

        var response = await session.GetAsync("/admin");

        Assert.Equal("/met/account/login?ReturnUrl=%2Fmet%2Fadmin", response.RedirectTarget());
    }

    [Fact]
    public async Task Signing_in_to_a_tenant_returns_to_the_page_asked_for()
    {
        await factory.EnsureTenantAsync("met");
        using var session = factory.CreateSession("/met");

        var response = await session.LoginAsync(UsersPortalFactory.TenantAdminEmail, UsersPortalFactory.AdminPassword, "/met/admin");

        Assert.Equal("/met/admin", response.RedirectTarget());
        Assert.True(response.SetsCookie(Responses.SignInCookie("met")));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Users_of_one_tenant_cannot_sign_in_to_another()
    {
        await factory.EnsureTenantAsync("met");
        using var session = factory.CreateSession("/met");

        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, UsersPortalFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a correct email address and password", AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_platform_session_does_not_open_a_tenants_admin_area()
    {
        await factory.EnsureTenantAsync("met");
        using var session = await factory.AdminSessionAsync();

        var response = await session.GetAsync("/met/admin");

        Assert.StartsWith("/met/account/login", response.RedirectTarget());
    }

    [Fact]
    public async Task A_roles_step_creates_a_role_that_a_later_users_step_gives()
    {
        var setUp = await factory.SetUpTenantAsync("second", """
            { "name": "roles-only", "steps": [ { "name": "roles", "roles": [ { "name": "Editor", "permissions": [ "ManageUsers" ] } ] },
              { "name": "users", "users": [ { "email": "{{AdminEmail}}", "password": "{{AdminPassword}}", "roles": [ "Administrator", "Editor" ] } ] } ] }
            """);

        Assert.True(setUp.Succeeded, string.Join(" ", setUp.Errors));
        using var session = factory.CreateSession("/second");
        await session.LoginAsync(UsersPortalFactory.TenantAdminEmail, UsersPortalFactory.AdminPassword);
        var roles = await session.GetPageAsync("/admin/roles");
        Assert.Contains("Administrator", roles);
        Assert.Contains("Editor", roles);
    }
}
