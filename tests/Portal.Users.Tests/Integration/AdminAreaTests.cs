using Portal.Abstractions.Security;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

public sealed class AdminAreaTests(UsersPortalFactory factory) : IClassFixture<UsersPortalFactory>
{
    [Fact]
    public async Task A_user_without_AccessAdminPanel_is_denied_the_admin_area()
    {
        using var admin = await factory.AdminSessionAsync();
        await admin.CreateUserAsync("plain@users-tests.example.org");
        using var session = factory.CreateSession();
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync("plain@users-tests.example.org", AdminPages.Password)).StatusCode);

        var response = await session.GetAsync("/admin");

        Assert.StartsWith("/account/access-denied", response.RedirectTarget());
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(response.RedirectTarget())).StatusCode);
        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/admin/users")).RedirectTarget());
        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/admin/roles")).RedirectTarget());
    }

    [Fact]
    public async Task Granting_a_permission_to_a_role_lets_its_users_in_at_once()
    {
        using var admin = await factory.AdminSessionAsync();
        var roleId = await admin.CreateRoleAsync("Helpdesk");
        await admin.CreateUserAsync("helpdesk@users-tests.example.org", "Helpdesk");
        using var session = factory.CreateSession();
        await session.LoginAsync("helpdesk@users-tests.example.org", AdminPages.Password);
        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/admin")).RedirectTarget());

        var edit = await admin.PostFormAsync($"/admin/roles/{roleId}/edit", ("Description", "Answers calls"), ("Permissions", "ManageUsers"));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        // ManageUsers implies AccessAdminPanel; the same cookie now reaches both, but not the roles.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/users")).StatusCode);
        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/admin/roles")).RedirectTarget());

        var revoke = await admin.PostFormAsync($"/admin/roles/{roleId}/edit", ("Description", "Answers calls"));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/admin")).RedirectTarget());
    }

    [Fact]
    public async Task Creating_a_user_with_a_bad_email_shows_the_field_error_and_creates_nobody()
    {
        using var admin = await factory.AdminSessionAsync();

        var response = await admin.PostFormAsync("/admin/users/create",
            ("DisplayName", "Bad address"), ("Email", "bad-address.example.org"), ("Password", AdminPages.Password),
            ("ConfirmPassword", AdminPages.Password), ("VettingLevel", "None"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter an email address in the correct format", AdminPages.ErrorSummary(html));
        Assert.Contains("id=\"Email-error\"", html);
        Assert.Contains("href=\"#Email\"", html);
        Assert.Contains("No user matches your search", await admin.GetPageAsync("/admin/users?q=bad-address"));
    }

    [Fact]
    public async Task Creating_a_user_with_a_weak_password_shows_identity_rules_on_the_password_field()
    {
        using var admin = await factory.AdminSessionAsync();

        var response = await admin.PostFormAsync("/admin/users/create",
            ("DisplayName", "Weak"), ("Email", "weak@users-tests.example.org"), ("Password", "short"),
            ("ConfirmPassword", "short"), ("VettingLevel", "SC"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("at least 12 characters", html);
        Assert.Contains("id=\"Password-error\"", html);
        Assert.Contains("No user matches your search", await admin.GetPageAsync("/admin/users?q=weak%40"));
    }

    [Fact]
    public async Task Bad_vetting_level_and_unknown_role_are_refused()
    {
        using var admin = await factory.AdminSessionAsync();

        var response = await admin.PostFormAsync("/admin/users/create",
            ("DisplayName", "Odd"), ("Email", "odd@users-tests.example.org"), ("Password", AdminPages.Password),
            ("ConfirmPassword", AdminPages.Password), ("VettingLevel", "TopSecret"), ("Roles", "Nonexistent"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync());
        Assert.Contains("Select a vetting level", summary);
        Assert.Contains("Select roles from the list", summary);
    }

    [Fact]
    public async Task A_created_user_is_listed_with_roles_and_vetting_and_can_sign_in()
    {
        using var admin = await factory.AdminSessionAsync();
        await admin.CreateUserAsync("listed@users-tests.example.org", "Administrator");

        var html = await admin.GetPageAsync("/admin/users?q=LISTED");

        Assert.Contains("listed@users-tests.example.org", html);
        Assert.Contains("BPSS", html);
        Assert.Contains("Administrator", html);
        using var session = factory.CreateSession();
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync("listed@users-tests.example.org", AdminPages.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_user_list_is_searched_and_paged_by_twenty()
    {
        using var admin = await factory.AdminSessionAsync();
        for (var i = 1; i <= 21; i++)
        {
            await admin.CreateUserAsync($"paged-{i:00}@users-tests.example.org");
        }

        var first = await admin.GetPageAsync("/admin/users?q=paged-");
        var second = await admin.GetPageAsync("/admin/users?q=paged-&page=2");
        var beyond = await admin.GetPageAsync("/admin/users?q=paged-&page=99");

        Assert.Contains("21 users matching", first);
        Assert.Equal(20, Regex.Count(first, "paged-\\d\\d@users-tests.example.org</td>"));
        Assert.Contains("page=2", first);
        Assert.Equal(1, Regex.Count(second, "paged-\\d\\d@users-tests.example.org</td>"));
        Assert.Contains("aria-current=\"page\">2<", second);
        Assert.Contains("aria-current=\"page\">2<", beyond);
    }

    [Fact]
    public async Task An_administrator_cannot_delete_or_demote_themselves()
    {
        using var admin = await factory.AdminSessionAsync();
        var selfId = await admin.UserIdAsync(UsersPortalFactory.AdminEmail);

        var delete = await admin.PostFormAsync($"/admin/users/{selfId}/edit", $"/admin/users/{selfId}/delete", []);
        var demote = await admin.PostFormAsync($"/admin/users/{selfId}/edit",
            ("DisplayName", "Platform administrator"), ("Email", UsersPortalFactory.AdminEmail), ("VettingLevel", "SC"));

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains("You cannot delete your own account", AdminPages.ErrorSummary(await delete.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Contains("You cannot remove the Administrator role from your own account", AdminPages.ErrorSummary(await demote.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Locking_a_user_stops_sign_in_and_unlocking_restores_it()
    {
        using var admin = await factory.AdminSessionAsync();
        var id = await admin.CreateUserAsync("locked@users-tests.example.org");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/lock", [])).StatusCode);
        using var refused = factory.CreateSession();
        var response = await refused.LoginAsync("locked@users-tests.example.org", AdminPages.Password);
        Assert.Contains("locked", AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/unlock", [])).StatusCode);
        using var allowed = factory.CreateSession();
        Assert.Equal(HttpStatusCode.Redirect, (await allowed.LoginAsync("locked@users-tests.example.org", AdminPages.Password)).StatusCode);
    }

    [Fact]
    public async Task Reset_password_replaces_the_old_one()
    {
        using var admin = await factory.AdminSessionAsync();
        var id = await admin.CreateUserAsync("reset@users-tests.example.org");

        var mismatch = await admin.PostFormAsync($"/admin/users/{id}/reset-password", ("NewPassword", "Brand-New-Passw0rd!"), ("ConfirmPassword", "Other"));
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("The passwords do not match", AdminPages.ErrorSummary(await mismatch.Content.ReadAsStringAsync()));

        var reset = await admin.PostFormAsync($"/admin/users/{id}/reset-password", ("NewPassword", "Brand-New-Passw0rd!"), ("ConfirmPassword", "Brand-New-Passw0rd!"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var session = factory.CreateSession();
        Assert.Equal(HttpStatusCode.OK, (await session.LoginAsync("reset@users-tests.example.org", AdminPages.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync("reset@users-tests.example.org", "Brand-New-Passw0rd!")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_user_removes_them()
    {
        using var admin = await factory.AdminSessionAsync();
        var id = await admin.CreateUserAsync("deleted@users-tests.example.org");

        var response = await admin.PostFormAsync($"/admin/users/{id}/delete", ("unused", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("No user matches your search", await admin.GetPageAsync("/admin/users?q=deleted%40"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task A_user_manager_who_is_not_an_administrator_cannot_touch_administrators()
    {
        using var admin = await factory.AdminSessionAsync();
        await admin.CreateRoleAsync("User managers", "ManageUsers");
        await admin.CreateUserAsync("manager@users-tests.example.org", "User managers");
        var adminId = await admin.UserIdAsync(UsersPortalFactory.AdminEmail);
        using var manager = factory.CreateSession();
        await manager.LoginAsync("manager@users-tests.example.org", AdminPages.Password);
        var selfId = await manager.UserIdAsync("manager@users-tests.example.org");

        Assert.StartsWith("/account/access-denied", (await manager.GetAsync($"/admin/users/{adminId}/edit")).RedirectTarget());
        var escalate = await manager.PostFormAsync($"/admin/users/{selfId}/edit",
            ("DisplayName", "Manager"), ("Email", "manager@users-tests.example.org"), ("VettingLevel", "None"),
            ("Roles", "User managers"), ("Roles", "Administrator"));

        Assert.Equal(HttpStatusCode.OK, escalate.StatusCode);
        Assert.Contains("Only an administrator can give or remove the Administrator role", AdminPages.ErrorSummary(await escalate.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Administrator_is_a_system_role_that_cannot_be_edited_or_deleted()
    {
        using var admin = await factory.AdminSessionAsync();
        var id = await admin.RoleIdAsync("Administrator");

        // The system role's pages have no form, so the token comes from another page, as a crafted request's would.
        var edit = await admin.PostFormAsync("/admin/roles/create", $"/admin/roles/{id}/edit", [new("Description", "Changed")]);
        var delete = await admin.PostFormAsync("/admin/roles/create", $"/admin/roles/{id}/delete", []);

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("Administrator", await admin.GetPageAsync("/admin/roles"));
        Assert.DoesNotContain("Changed", await admin.GetPageAsync("/admin/roles"));
    }

    [Fact]
    public async Task Role_forms_refuse_bad_names_duplicates_and_undeclared_permissions()
    {
        using var admin = await factory.AdminSessionAsync();

        var badName = await admin.PostFormAsync("/admin/roles/create", ("Name", "<script>"), ("Description", ""));
        var duplicate = await admin.PostFormAsync("/admin/roles/create", ("Name", "administrator"), ("Description", ""));
        var undeclared = await admin.PostFormAsync("/admin/roles/create", ("Name", "Sneaky"), ("Permissions", "ManageEverything"));

        Assert.Contains("Role name must start with a letter or a digit", AdminPages.ErrorSummary(await badName.Content.ReadAsStringAsync()));
        Assert.Contains("A role with this name already exists", AdminPages.ErrorSummary(await duplicate.Content.ReadAsStringAsync()));
        Assert.Contains("Select permissions from the list", AdminPages.ErrorSummary(await undeclared.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("Sneaky", await admin.GetPageAsync("/admin/roles"));
    }

    [Fact]
    public async Task A_role_can_be_deleted_and_its_users_lose_its_permissions()
    {
        using var admin = await factory.AdminSessionAsync();
        var roleId = await admin.CreateRoleAsync("Temporary", "AccessAdminPanel");
        await admin.CreateUserAsync("temporary@users-tests.example.org", "Temporary");
        using var session = factory.CreateSession();
        await session.LoginAsync("temporary@users-tests.example.org", AdminPages.Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        var response = await admin.PostFormAsync($"/admin/roles/{roleId}/delete", ("unused", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("The role Temporary was deleted", await admin.GetPageAsync("/admin/roles"));
        Assert.DoesNotContain("> Temporary</span>", await admin.GetPageAsync("/admin/roles"));
        Assert.StartsWith("/account/access-denied", (await session.GetAsync("/admin")).RedirectTarget());
    }

    [Fact]
    public async Task Admin_pages_post_only_with_an_antiforgery_token()
    {
        using var admin = await factory.AdminSessionAsync();

        var response = await admin.Client.PostAsync("/admin/roles/create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "NoToken" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("NoToken", await admin.GetPageAsync("/admin/roles"));
    }

    [Fact]
    public async Task The_main_menu_shows_Administration_only_to_those_who_may_open_it()
    {
        using var anonymous = factory.CreateSession();
        using var admin = await factory.AdminSessionAsync();

        Assert.DoesNotContain(">Administration<", await anonymous.GetPageAsync("/account/login"));
        Assert.Contains(">Administration<", await admin.GetPageAsync("/account/login"));
    }
}
