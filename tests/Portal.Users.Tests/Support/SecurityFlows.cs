using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Users.Tests.Support;

/// <summary>What a person does with an authenticator app, and what an attacker does with a copied cookie.</summary>
public static partial class SecurityFlows
{
    [GeneratedRegex("""<code id="shared-key">([^<]+)</code>""")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("""<li><code>([^<]+)</code></li>""")]
    private static partial Regex RecoveryCodePattern();

    /// <summary>A real authenticator's code now (Identity checks codes against the real time, not the portal's clock).</summary>
    public static string CodeNow(string key) => Totp.Code(key, DateTimeOffset.UtcNow);

    public static string SharedKey(string enablePage)
    {
        var match = SharedKeyPattern().Match(enablePage);
        Assert.True(match.Success, "The set-up page shows no key");
        return match.Groups[1].Value.Replace(" ", "").ToUpperInvariant();
    }

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>Sets up the authenticator for the signed-in session: the key and the ten recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(this PortalSession session)
    {
        var key = SharedKey(await session.GetPageAsync("/account/security/enable"));
        var response = await session.PostFormAsync("/account/security/enable", ("Code", CodeNow(key)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await AdminPages.Describe(response));
        var codes = RecoveryCodes(html);
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    public static Task<HttpResponseMessage> StepUpAsync(this PortalSession session, string code, string returnUrl) =>
        session.PostFormAsync("/account/step-up?returnUrl=" + Uri.EscapeDataString(returnUrl), "/account/step-up",
            [new("Code", code), new("ReturnUrl", returnUrl)]);

    public static Task<HttpResponseMessage> SecondFactorAsync(this PortalSession session, string code) =>
        session.PostFormAsync("/account/login-2fa", ("Code", code));

    /// <summary>The "name=value" of the sign-in cookie a response sets: what someone who copied it would send.</summary>
    public static string CopyOfSignInCookie(HttpResponseMessage response, string tenant = "default")
    {
        var name = Responses.SignInCookie(tenant);
        var header = response.Headers.GetValues("Set-Cookie").First(v => v.StartsWith(name + "=", StringComparison.Ordinal));
        return header.Split(';')[0];
    }

    /// <summary>A GET from another browser that sends only the copied cookie.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(this WebApplicationFactory<Program> factory, string cookie, string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    /// <summary>The tenant's audit entries of a category, newest first, read through the audit API as its administrator.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AuditAsync(this PortalSession admin, string category)
    {
        var response = await admin.GetAsync("/api/audit?pageSize=500&category=" + category);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The audit API answered {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
