using System.Net;
using System.Text.RegularExpressions;
using Portal.Abstractions.Security;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>
/// The sample plug-in's OFFICIAL-SENSITIVE page and API: permission, SC vetting and a second factor in the last
/// 15 minutes; marked top and bottom, never stored, every read and refusal audited.
/// </summary>
public sealed class OfficialSensitiveTests(SensitivePortalFixture portal) : IClassFixture<SensitivePortalFixture>
{
    private const string Page = SensitivePortalFixture.Page;
    private const string Api = SensitivePortalFixture.Api;

    [Fact]
    public async Task Without_SC_vetting_the_page_and_api_are_refused_and_the_refusal_is_audited()
    {
        var (session, email, _) = await portal.ReaderAsync("BPSS");
        using var _session = session;

        var page = await session.GetAsync(Page);
        var api = await session.GetAsync(Api);

        Assert.Equal("/account/access-denied", page.RedirectTarget().Split('?')[0]);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain("Sample sensitive record", await api.Content.ReadAsStringAsync());

        using var admin = await portal.Factory.AdminSessionAsync();
        var refusals = (await admin.AuditAsync("refusal"))
            .Where(e => e.GetProperty("actor").GetString() == email).ToList();
        Assert.True(refusals.Count == 2, string.Join("\n", refusals.Select(e => e.GetRawText())));
        Assert.All(refusals, e =>
        {
            Assert.Equal("official-sensitive-refused", e.GetProperty("action").GetString());
            Assert.Equal("ReadSamples", e.GetProperty("subject").GetString());
            Assert.Contains("vetting below SC", e.GetProperty("detail").GetString());
        });
    }

    [Fact]
    public async Task Without_the_permission_SC_vetting_is_not_enough()
    {
        using var admin = await portal.Factory.AdminSessionAsync();
        await admin.CreateVettedUserAsync("no-role-sc@users-tests.example.org", "SC");
        using var session = portal.Factory.CreateSession();
        await session.LoginAsync("no-role-sc@users-tests.example.org", AdminPages.Password);

        // Not the step-up page: a second factor would not help.
        Assert.Equal("/account/access-denied", (await session.GetAsync(Page)).RedirectTarget().Split('?')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(Api)).StatusCode);
        var refusal = (await admin.AuditAsync("refusal")).First(e => e.GetProperty("actor").GetString() == "no-role-sc@users-tests.example.org");
        Assert.Equal("permission not held", refusal.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SC_without_a_second_factor_is_sent_to_step_up_which_asks_to_enrol_first()
    {
        var (session, _, _) = await portal.ReaderAsync("SC");
        using var _session = session;

        var response = await session.GetAsync(Page);

        Assert.Equal("/account/step-up?returnUrl=%2Fsensitive-sample", response.RedirectTarget());
        var stepUp = await session.GetPageAsync("/account/step-up?returnUrl=%2Fsensitive-sample");
        Assert.Contains("You have not set up an authenticator app", stepUp);
        Assert.Contains("href=\"/account/security\"", stepUp);
        Assert.DoesNotContain("name=\"Code\"", stepUp);
        // An API caller is refused, not redirected to a page.
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(Api)).StatusCode);
    }

    [Fact]
    public async Task After_step_up_the_page_is_marked_not_stored_and_each_read_audited_until_15_minutes_pass()
    {
        var (session, email, _) = await portal.ReaderAsync("SC");
        using var _session = session;
        var (key, _) = await session.EnrolAsync();
        Assert.StartsWith("/account/step-up", (await session.GetAsync(Page)).RedirectTarget());

        var wrong = await session.StepUpAsync(Totp.WrongCode(key, DateTimeOffset.UtcNow), Page);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Enter a correct code", AdminPages.ErrorSummary(await wrong.Content.ReadAsStringAsync()));
        var stepUp = await session.StepUpAsync(SecurityFlows.CodeNow(key), Page);
        Assert.Equal(Page, stepUp.RedirectTarget());

        var page = await session.GetAsync(Page);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sample sensitive record 42", html);
        var markings = Regex.Matches(html, """<div class="portal-classification[^"]*">\s*<p[^>]*>.*?OFFICIAL-SENSITIVE</p>""", RegexOptions.Singleline);
        Assert.Equal(2, markings.Count);
        Assert.Contains("portal-classification--bottom", markings[1].Value);
        Assert.True(html.IndexOf(markings[0].Value, StringComparison.Ordinal) < html.IndexOf("Sample sensitive record 42", StringComparison.Ordinal));
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("no-cache", page.Headers.Pragma.ToString());

        var api = await session.GetAsync(Api);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.Contains(OfficialSensitive.Marking, await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(Page)).StatusCode);

        using (var admin = await portal.Factory.AdminSessionAsync())
        {
            var reads = (await admin.AuditAsync("sensitive-read")).Where(e => e.GetProperty("actor").GetString() == email).ToList();
            Assert.Equal(3, reads.Count);
            Assert.All(reads, e => Assert.Equal("Success", e.GetProperty("outcome").GetString()));
            Assert.Equal(2, reads.Count(e => e.GetProperty("action").GetString()!.Contains("sensitive-sample", StringComparison.Ordinal)
                && !e.GetProperty("action").GetString()!.Contains("api", StringComparison.Ordinal)));
            var steps = (await admin.AuditAsync("sign-in")).Where(e => e.GetProperty("actor").GetString() == email
                && e.GetProperty("action").GetString() == "step-up").ToList();
            Assert.Equal(["Success", "Failure"], steps.Select(e => e.GetProperty("outcome").GetString()));
        }

        // Still inside the window (and active, so the 15-minute idle limit does not end the session)...
        portal.Factory.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(Page)).StatusCode);
        // ...then past it: step up again.
        portal.Factory.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.StartsWith("/account/step-up", (await session.GetAsync(Page)).RedirectTarget());
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(Api)).StatusCode);
    }

    [Fact]
    public async Task An_answer_of_403_or_404_after_the_policy_let_the_request_in_is_audited_as_what_it_was_not_as_a_read()
    {
        var (session, email, _) = await portal.ReaderAsync("SC");
        using var _session = session;
        var (key, _) = await session.EnrolAsync();
        Assert.Equal(Page, (await session.StepUpAsync(SecurityFlows.CodeNow(key), Page)).RedirectTarget());

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(Api + "/42")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync(Api + "/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync(Api + "/7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(Page + "/42")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync(Page + "/7")).StatusCode);

        using var admin = await portal.Factory.AdminSessionAsync();
        var reads = (await admin.AuditAsync("sensitive-read")).Where(e => e.GetProperty("actor").GetString() == email)
            .Select(e => (Subject: e.GetProperty("subject").GetString(), Outcome: e.GetProperty("outcome").GetString(), Detail: Detail(e)))
            .ToList();
        Assert.Equal(2, reads.Count(r => r == ("id=42", "Success", null)));
        Assert.Equal(2, reads.Count(r => r == ("id=7", "Failure", "answered 404")));
        Assert.Equal(4, reads.Count);
        var refusal = Assert.Single(await admin.AuditAsync("refusal"), e => e.GetProperty("actor").GetString() == email);
        Assert.Equal(("id=0", "Refused", "answered 403"), (refusal.GetProperty("subject").GetString(), refusal.GetProperty("outcome").GetString(), Detail(refusal)));
    }

    private static string? Detail(System.Text.Json.JsonElement entry) =>
        entry.TryGetProperty("detail", out var detail) && detail.ValueKind == System.Text.Json.JsonValueKind.String ? detail.GetString() : null;

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Step_up_refuses_a_return_address_on_another_site(string returnUrl)
    {
        var (session, _, _) = await portal.ReaderAsync("SC");
        using var _session = session;
        var (key, _) = await session.EnrolAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await session.GetAsync("/account/step-up?returnUrl=" + Uri.EscapeDataString(returnUrl))).StatusCode);
        var post = await session.PostFormAsync("/account/security", "/account/step-up",
            [new("Code", SecurityFlows.CodeNow(key)), new("ReturnUrl", returnUrl)]);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.StartsWith("/account/step-up", (await session.GetAsync(Page)).RedirectTarget());
    }

    [Fact]
    public async Task Step_up_needs_a_session()
    {
        using var anonymous = portal.Factory.CreateSession();
        Assert.StartsWith("/account/login", (await anonymous.GetAsync("/account/step-up?returnUrl=%2F")).RedirectTarget());
        Assert.StartsWith("/account/login", (await anonymous.GetAsync(Page)).RedirectTarget());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Api)).StatusCode);
    }
}
