using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>The "Your account" feature: a person's own details and password, present only where it is enabled.</summary>
public sealed class YourAccountTests(UsersPortalFactory factory) : IClassFixture<UsersPortalFactory>
{
    [Fact]
    public async Task The_profile_shows_the_signed_in_persons_own_details_and_needs_a_session()
    {
        using var anonymous = factory.CreateSession();
        Assert.StartsWith("/account/login", (await anonymous.GetAsync("/account/profile")).RedirectTarget());

        using var session = await factory.AdminSessionAsync();
        var page = await session.GetPageAsync("/account/profile");

        Assert.Contains(UsersPortalFactory.AdminEmail, page);
        Assert.Contains("SC (Security Check)", page);
        Assert.Contains("Administrator", page);
        Assert.Contains("Your account", await session.GetPageAsync("/"));
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_and_the_password_stays()
    {
        using var session = await factory.AdminSessionAsync();

        var response = await session.PostFormAsync("/account/password",
            ("CurrentPassword", "not-the-password-1A!"), ("NewPassword", "Another-Passw0rd!!"), ("ConfirmPassword", "Another-Passw0rd!!"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your current password is not correct", AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));
        using var again = await factory.AdminSessionAsync();
    }

    [Fact]
    public async Task Mismatched_new_passwords_are_refused()
    {
        using var session = await factory.AdminSessionAsync();

        var response = await session.PostFormAsync("/account/password",
            ("CurrentPassword", UsersPortalFactory.AdminPassword), ("NewPassword", "Another-Passw0rd!!"), ("ConfirmPassword", "Different-Passw0rd!!"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The passwords do not match", AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Changing_the_password_works_with_the_new_one_only()
    {
        await factory.EnsureTenantAsync("acct");
        using var session = factory.CreateSession("/acct");
        await session.LoginAsync(UsersPortalFactory.TenantAdminEmail, UsersPortalFactory.AdminPassword);
        await Services().UpdateAsync("acct", ["Portal.Users.Account"], [], null);

        var response = await session.PostFormAsync("/account/password",
            ("CurrentPassword", UsersPortalFactory.AdminPassword), ("NewPassword", "Changed-Passw0rd!!"), ("ConfirmPassword", "Changed-Passw0rd!!"));

        // The session that changed it ends too (a copy of its cookie must not outlive the change): sign in again.
        Assert.Equal("/acct/account/login", response.RedirectTarget());
        Assert.StartsWith("/acct/account/login", (await session.GetAsync("/account/profile")).RedirectTarget());
        using var oldPassword = factory.CreateSession("/acct");
        Assert.Equal(HttpStatusCode.OK, (await oldPassword.LoginAsync(UsersPortalFactory.TenantAdminEmail, UsersPortalFactory.AdminPassword)).StatusCode);
        using var newPassword = factory.CreateSession("/acct");
        Assert.Equal(HttpStatusCode.Redirect, (await newPassword.LoginAsync(UsersPortalFactory.TenantAdminEmail, "Changed-Passw0rd!!")).StatusCode);
    }

    [Fact]
    public async Task Without_the_feature_the_pages_and_the_menu_item_do_not_exist()
    {
        await factory.EnsureTenantAsync("noacct");
        using var session = factory.CreateSession("/noacct");
        await session.LoginAsync(UsersPortalFactory.TenantAdminEmail, UsersPortalFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/account/profile")).StatusCode);
        Assert.DoesNotContain("Your account", await session.GetPageAsync("/"));
    }

    private IShellFeatureManager Services() => factory.Services.GetRequiredService<IShellFeatureManager>();
}
