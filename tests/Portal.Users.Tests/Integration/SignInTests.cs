using System.Net;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

public sealed class SignInTests(UsersPortalFactory factory) : IClassFixture<UsersPortalFactory>
{
    private const string GenericFailure = "Enter a correct email address and password";

    [Fact]
    public async Task Correct_password_sets_the_sign_in_cookie_and_opens_the_admin_area()
    {
        using var session = factory.CreateSession();

        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, UsersPortalFactory.AdminPassword);

        Assert.Equal("/", response.RedirectTarget());
        Assert.True(response.SetsCookie(Responses.SignInCookie()));
        var admin = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var html = await admin.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/admin/users\"", html);
        Assert.Contains("href=\"/admin/roles\"", html);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_the_generic_message_and_no_cookie()
    {
        using var session = factory.CreateSession();

        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, "Not-the-Passw0rd!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.SetsCookie(Responses.SignInCookie()));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(GenericFailure, AdminPages.ErrorSummary(html));
        Assert.DoesNotContain("Not-the-Passw0rd!", html);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        using var session = factory.CreateSession();

        var response = await session.LoginAsync("nobody@users-tests.example.org", UsersPortalFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.SetsCookie(Responses.SignInCookie()));
        Assert.Contains(GenericFailure, AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_error_summary()
    {
        using var session = factory.CreateSession();

        var response = await session.LoginAsync("", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync());
        Assert.Contains("Enter your email address", summary);
        Assert.Contains("Enter your password", summary);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_the_correct_password_is_refused()
    {
        using var admin = await factory.AdminSessionAsync();
        await admin.CreateUserAsync("lockout@users-tests.example.org");
        using var session = factory.CreateSession();

        for (var i = 0; i < 5; i++)
        {
            var failed = await session.LoginAsync("lockout@users-tests.example.org", "Wrong-Passw0rd-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var response = await session.LoginAsync("lockout@users-tests.example.org", AdminPages.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.SetsCookie(Responses.SignInCookie()));
        Assert.Contains("locked", AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/admin")]
    [InlineData("/\\evil.example")]
    public async Task A_return_url_off_the_site_is_ignored(string returnUrl)
    {
        using var session = factory.CreateSession();

        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, UsersPortalFactory.AdminPassword, returnUrl);

        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task A_local_return_url_is_followed()
    {
        using var session = factory.CreateSession();

        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, UsersPortalFactory.AdminPassword, "/admin/roles");

        Assert.Equal("/admin/roles", response.RedirectTarget());
    }

    [Fact]
    public async Task Anonymous_admin_visit_is_sent_to_the_sign_in_page()
    {
        using var session = factory.CreateSession();

        var response = await session.GetAsync("/admin");

        Assert.Equal("/account/login?ReturnUrl=%2Fadmin", response.RedirectTarget());
    }

    [Fact]
    public async Task Login_without_an_antiforgery_token_is_refused()
    {
        using var session = factory.CreateSession();
        await session.GetPageAsync("/account/login");

        var response = await session.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = UsersPortalFactory.AdminEmail,
            ["Password"] = UsersPortalFactory.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.SetsCookie(Responses.SignInCookie()));
    }

    [Fact]
    public async Task Sign_out_clears_the_cookie_and_the_admin_area_asks_to_sign_in_again()
    {
        using var session = await factory.AdminSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        var response = await session.LogoutAsync();

        Assert.Equal("/", response.RedirectTarget());
        Assert.True(response.ClearsCookie(Responses.SignInCookie()));
        Assert.StartsWith("/account/login", (await session.GetAsync("/admin")).RedirectTarget());
    }

    [Fact]
    public async Task Access_denied_page_answers_403()
    {
        using var session = factory.CreateSession();

        var response = await session.GetAsync("/account/access-denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have access", await response.Content.ReadAsStringAsync());
    }
}
