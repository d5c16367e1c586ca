using System.Net;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>Signing in with an authenticator: the code after the password, recovery codes, lockout, turning it off.</summary>
public sealed class SecondFactorSignInTests(SensitivePortalFixture portal) : IClassFixture<SensitivePortalFixture>
{
    private const string CodeFailure = "Enter a correct code from your authenticator app, or a recovery code";

    [Fact]
    public async Task The_password_alone_does_not_sign_in_once_the_authenticator_is_on()
    {
        var (enrolled, email, _) = await portal.ReaderAsync("SC");
        var (key, _) = await enrolled.EnrolAsync();
        enrolled.Dispose();

        using var session = portal.Factory.CreateSession();
        var password = await session.LoginAsync(email, AdminPages.Password, "/account/security");
        Assert.Equal("/account/login-2fa?returnUrl=%2Faccount%2Fsecurity", password.RedirectTarget());
        Assert.False(password.SetsCookie(Responses.SignInCookie()));
        Assert.StartsWith("/account/login", (await session.GetAsync("/account/security")).RedirectTarget());

        var code = await session.PostFormAsync("/account/login-2fa?returnUrl=%2Faccount%2Fsecurity", "/account/login-2fa",
            [new("Code", SecurityFlows.CodeNow(key)), new("ReturnUrl", "/account/security")]);

        Assert.Equal("/account/security", code.RedirectTarget());
        Assert.True(code.SetsCookie(Responses.SignInCookie()));
        // Signing in with the code counts as a second factor for OFFICIAL-SENSITIVE pages.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(SensitivePortalFixture.Page)).StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_are_refused_generically_and_count_toward_lockout()
    {
        var (enrolled, email, _) = await portal.ReaderAsync("SC");
        var (key, recovery) = await enrolled.EnrolAsync();
        enrolled.Dispose();
        using var session = portal.Factory.CreateSession();
        await session.LoginAsync(email, AdminPages.Password);

        // Four wrong codes (authenticator and recovery alike); the password counted none.
        foreach (var wrong in new[] { Totp.WrongCode(key, DateTimeOffset.UtcNow), "ABCDE-FGHIJ", "000000x", Totp.WrongCode(key, DateTimeOffset.UtcNow) })
        {
            var response = await session.SecondFactorAsync(wrong);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(CodeFailure, AdminPages.ErrorSummary(await response.Content.ReadAsStringAsync()));
            Assert.False(response.SetsCookie(Responses.SignInCookie()));
        }

        var fifth = await session.SecondFactorAsync(Totp.WrongCode(key, DateTimeOffset.UtcNow));
        Assert.Contains("this account is locked", AdminPages.ErrorSummary(await fifth.Content.ReadAsStringAsync()));

        // Locked: even the right code, a recovery code and the password are refused now.
        var right = await session.SecondFactorAsync(SecurityFlows.CodeNow(key));
        Assert.False(right.SetsCookie(Responses.SignInCookie()));
        Assert.False((await session.SecondFactorAsync(recovery[0])).SetsCookie(Responses.SignInCookie()));
        using var again = portal.Factory.CreateSession();
        var password = await again.LoginAsync(email, AdminPages.Password);
        Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        Assert.Contains("this account is locked", AdminPages.ErrorSummary(await password.Content.ReadAsStringAsync()));

        using var admin = await portal.Factory.AdminSessionAsync();
        var failures = (await admin.AuditAsync("sign-in")).Where(e => e.GetProperty("actor").GetString() == email
            && e.GetProperty("action").GetString() == "second-factor" && e.GetProperty("outcome").GetString() == "Failure").ToList();
        Assert.True(failures.Count >= 5);
        Assert.All(failures, e => Assert.DoesNotContain(key, e.GetRawText(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var (enrolled, email, _) = await portal.ReaderAsync("SC");
        var (_, recovery) = await enrolled.EnrolAsync();
        enrolled.Dispose();

        using var first = portal.Factory.CreateSession();
        await first.LoginAsync(email, AdminPages.Password);
        var used = await first.SecondFactorAsync(recovery[3].ToLowerInvariant());
        Assert.Equal("/", used.RedirectTarget());
        Assert.True(used.SetsCookie(Responses.SignInCookie()));
        Assert.Contains("You have 9 recovery codes left", await first.GetPageAsync("/account/security"));

        using var second = portal.Factory.CreateSession();
        await second.LoginAsync(email, AdminPages.Password);
        var reused = await second.SecondFactorAsync(recovery[3]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains(CodeFailure, AdminPages.ErrorSummary(await reused.Content.ReadAsStringAsync()));
        Assert.Equal("/", (await second.SecondFactorAsync(recovery[4])).RedirectTarget());
    }

    [Fact]
    public async Task The_code_page_needs_the_password_step_first()
    {
        using var session = portal.Factory.CreateSession();
        Assert.Equal("/account/login", (await session.GetAsync("/account/login-2fa")).RedirectTarget());
        var post = await session.PostFormAsync("/account/login", "/account/login-2fa", [new("Code", "123456")]);
        Assert.Equal("/account/login", post.RedirectTarget());
        Assert.False(post.SetsCookie(Responses.SignInCookie()));
    }

    [Fact]
    public async Task The_code_form_is_refused_without_its_antiforgery_token()
    {
        var (enrolled, email, _) = await portal.ReaderAsync("SC");
        var (key, _) = await enrolled.EnrolAsync();
        enrolled.Dispose();
        using var session = portal.Factory.CreateSession();
        await session.LoginAsync(email, AdminPages.Password);

        var response = await session.Client.PostAsync("/account/login-2fa", new FormUrlEncodedContent([new("Code", SecurityFlows.CodeNow(key))]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.SetsCookie(Responses.SignInCookie()));
    }

    [Fact]
    public async Task Setting_up_needs_a_correct_first_code_and_turning_off_needs_a_current_one()
    {
        var (session, _, _) = await portal.ReaderAsync("SC");
        using var _session = session;
        var page = await session.GetPageAsync("/account/security/enable");
        var key = SecurityFlows.SharedKey(page);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", Regex(page, "<code id=\"shared-key\">([^<]+)</code>"));
        Assert.Contains($"otpauth://totp/", page);
        Assert.Contains($"secret={key}&amp;issuer=", page);
        Assert.Contains("&amp;digits=6", page);

        var wrong = await session.PostFormAsync("/account/security/enable", ("Code", Totp.WrongCode(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Enter a correct code", AdminPages.ErrorSummary(await wrong.Content.ReadAsStringAsync()));
        Assert.Contains("Set up an authenticator app", await session.GetPageAsync("/account/security"));

        var enabled = await session.PostFormAsync("/account/security/enable", ("Code", SecurityFlows.CodeNow(key)));
        Assert.True(enabled.Headers.CacheControl?.NoStore);
        var firstCodes = SecurityFlows.RecoveryCodes(await enabled.Content.ReadAsStringAsync());
        Assert.Equal(10, firstCodes.Count);
        // The session that set it up goes on working (enabling renews the security stamp).
        Assert.Contains("You have 10 recovery codes left", await session.GetPageAsync("/account/security"));

        var renewed = await session.PostFormAsync("/account/security", "/account/security/recovery-codes", []);
        var newCodes = SecurityFlows.RecoveryCodes(await renewed.Content.ReadAsStringAsync());
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(firstCodes));

        var refused = await session.PostFormAsync("/account/security/disable", ("Code", Totp.WrongCode(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("You have 10 recovery codes left", await session.GetPageAsync("/account/security"));

        var disabled = await session.PostFormAsync("/account/security/disable", ("Code", SecurityFlows.CodeNow(key)));
        Assert.Equal("/account/security", disabled.RedirectTarget());
        Assert.Contains("Set up an authenticator app", await session.GetPageAsync("/account/security"));
        // A new key next time: the old app entry is useless.
        Assert.NotEqual(key, SecurityFlows.SharedKey(await session.GetPageAsync("/account/security/enable")));
    }

    [Fact]
    public async Task The_security_pages_need_a_session()
    {
        using var anonymous = portal.Factory.CreateSession();
        Assert.StartsWith("/account/login", (await anonymous.GetAsync("/account/security")).RedirectTarget());
        Assert.StartsWith("/account/login", (await anonymous.GetAsync("/account/security/enable")).RedirectTarget());
    }

    private static string Regex(string html, string pattern) =>
        System.Text.RegularExpressions.Regex.Match(html, pattern).Groups[1].Value;
}
