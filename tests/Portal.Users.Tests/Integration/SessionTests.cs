using System.Net;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>
/// Sessions live server-side: a copy of the sign-in cookie stops working at once when the session ends (sign-out)
/// or the account changes (password, vetting, roles, lock, deletion); idle sessions end after 15 minutes.
/// </summary>
public sealed class SessionTests(SensitivePortalFixture portal) : IClassFixture<SensitivePortalFixture>
{
    private const string Protected = "/account/security";

    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_session_signs_out()
    {
        var (session, email) = await SignInAsync("BPSS");
        using var _session = session.Session;
        Assert.Equal(HttpStatusCode.OK, (await portal.Factory.GetWithCookieAsync(session.Cookie, Protected)).StatusCode);

        await session.Session.LogoutAsync();

        Assert.StartsWith("/account/login", (await portal.Factory.GetWithCookieAsync(session.Cookie, Protected)).RedirectTarget());
        using var admin = await portal.Factory.AdminSessionAsync();
        Assert.Contains(await admin.AuditAsync("sign-in"), e => e.GetProperty("actor").GetString() == email
            && e.GetProperty("action").GetString() == "sign-out");
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_when_an_administrator_resets_the_password()
    {
        var (session, email) = await SignInAsync("BPSS");
        using var _session = session.Session;
        using var admin = await portal.Factory.AdminSessionAsync();
        var id = await admin.UserIdAsync(email);

        var reset = await admin.PostFormAsync($"/admin/users/{id}/reset-password", ("NewPassword", "Reset-Passw0rd-9!"), ("ConfirmPassword", "Reset-Passw0rd-9!"));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.StartsWith("/account/login", (await portal.Factory.GetWithCookieAsync(session.Cookie, Protected)).RedirectTarget());
        Assert.StartsWith("/account/login", (await session.Session.GetAsync(Protected)).RedirectTarget());
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_when_the_person_changes_their_password()
    {
        var (session, _) = await SignInAsync("BPSS");
        using var _session = session.Session;

        var changed = await session.Session.PostFormAsync("/account/password",
            ("CurrentPassword", AdminPages.Password), ("NewPassword", "Changed-Passw0rd-7!"), ("ConfirmPassword", "Changed-Passw0rd-7!"));

        Assert.Equal("/account/login", changed.RedirectTarget());
        Assert.StartsWith("/account/login", (await portal.Factory.GetWithCookieAsync(session.Cookie, Protected)).RedirectTarget());
    }

    [Theory]
    [InlineData("vetting")]
    [InlineData("roles")]
    [InlineData("lock")]
    [InlineData("delete")]
    public async Task A_copied_cookie_stops_working_when_an_administrator_changes_the_account(string change)
    {
        var (session, email) = await SignInAsync("SC");
        using var _session = session.Session;
        using var admin = await portal.Factory.AdminSessionAsync();
        var id = await admin.UserIdAsync(email);

        var response = change switch
        {
            "vetting" => await admin.PostFormAsync($"/admin/users/{id}/edit", ("DisplayName", "Changed"), ("Email", email),
                ("VettingLevel", "BPSS"), ("Roles", SensitivePortalFixture.ReaderRole)),
            "roles" => await admin.PostFormAsync($"/admin/users/{id}/edit", ("DisplayName", "Changed"), ("Email", email),
                ("VettingLevel", "SC")),
            "lock" => await admin.PostFormAsync($"/admin/users/{id}/edit", $"/admin/users/{id}/lock", []),
            _ => await admin.PostFormAsync($"/admin/users/{id}/delete", []),
        };

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", (await portal.Factory.GetWithCookieAsync(session.Cookie, Protected)).RedirectTarget());
        if (change is "vetting" or "roles")
        {
            var kind = change == "vetting" ? "accounts" : "permissions";
            var action = change == "vetting" ? "vetting-changed" : "user-roles-changed";
            var entry = Assert.Single(await admin.AuditAsync(kind), e => e.GetProperty("subject").GetString() == id
                && e.GetProperty("action").GetString() == action);
            Assert.Equal(UsersPortalFactory.AdminEmail, entry.GetProperty("actor").GetString());
        }
    }

    [Fact]
    public async Task Signing_in_over_a_planted_session_starts_a_new_one_and_ends_the_planted_one()
    {
        // Someone signs in and plants their session cookie in another person's browser (session fixation)...
        var (planted, _) = await SignInAsync("BPSS");
        planted.Session.Dispose();
        var (victim, victimEmail, _) = await portal.ReaderAsync("BPSS");
        victim.Dispose();
        using var browser = portal.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await browser.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(v => v.Contains(".antiforgery=")).Split(';')[0];
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(),
            """name="__RequestVerificationToken"[^>]*value="([^"]+)""").Groups[1].Value;

        // ...who then signs in with their own account.
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent([new("Email", victimEmail), new("Password", AdminPages.Password),
                new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]),
        };
        post.Headers.Add("Cookie", $"{antiforgery}; {planted.Cookie}");
        var signedIn = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var own = SecurityFlows.CopyOfSignInCookie(signedIn);
        Assert.NotEqual(planted.Cookie, own);
        // The planted key does not lead to the victim's session (nor to its own any more).
        Assert.StartsWith("/account/login", (await portal.Factory.GetWithCookieAsync(planted.Cookie, Protected)).RedirectTarget());
        var page = await portal.Factory.GetWithCookieAsync(own, "/account/profile");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(victimEmail), await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_person_is_not_shown_the_sign_in_form()
    {
        var (session, email) = await SignInAsync("BPSS");
        using var _session = session.Session;

        var page = await session.Session.GetPageAsync("/account/login");

        Assert.Contains("You are signed in as " + WebUtility.HtmlEncode(email), page);
        Assert.DoesNotContain("name=\"Password\"", page);
    }

    [Fact]
    public async Task A_session_ends_after_15_idle_minutes_but_not_while_in_use()
    {
        var (session, _) = await SignInAsync("BPSS");
        using var _session = session.Session;

        portal.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await session.Session.GetAsync(Protected)).StatusCode);
        portal.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await session.Session.GetAsync(Protected)).StatusCode);
        portal.Factory.Clock.Advance(TimeSpan.FromMinutes(16));

        Assert.StartsWith("/account/login", (await session.Session.GetAsync(Protected)).RedirectTarget());
        Assert.StartsWith("/account/login", (await portal.Factory.GetWithCookieAsync(session.Cookie, Protected)).RedirectTarget());
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_lax_and_carries_only_a_session_key()
    {
        using var session = portal.Factory.CreateSession();
        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, UsersPortalFactory.AdminPassword);

        var header = response.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith(Responses.SignInCookie() + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", header, StringComparison.OrdinalIgnoreCase);
        // The ticket is server-side: the cookie is small (a protected key), not the roles and claims.
        Assert.True(header.Split(';')[0].Length < 600, $"The cookie is {header.Length} characters long");
    }

    private async Task<((PortalSession Session, string Cookie), string Email)> SignInAsync(string vetting)
    {
        var (reader, email, _) = await portal.ReaderAsync(vetting);
        reader.Dispose();
        var session = portal.Factory.CreateSession();
        var response = await session.LoginAsync(email, AdminPages.Password);
        return ((session, SecurityFlows.CopyOfSignInCookie(response)), email);
    }
}
