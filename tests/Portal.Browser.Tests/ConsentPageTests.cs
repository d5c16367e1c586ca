using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>
/// An administrator registers an explicit-consent client on the client form, then signs in to it as a person
/// would: the consent page names the application and its scopes, Allow sends the browser back to the client with a
/// code, and the connected applications page lists it. Every page is checked with axe-core.
/// </summary>
public sealed class ConsentPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string RedirectUri = "http://127.0.0.1:5998/callback";

    [Fact]
    public async Task Register_an_explicit_client_allow_it_on_the_consent_page_and_see_it_under_connected_applications()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Portal.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsync("", KestrelPortalFactory.AdminEmail, KestrelPortalFactory.AdminPassword);

        var clientId = "browser-consent-" + Guid.NewGuid().ToString("N")[..6];
        await page.GotoCheckedAsync("/admin/clients/create");
        await page.GetByLabel("Client id").FillAsync(clientId);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser partner app");
        await page.GetByLabel("Public", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Asked once").CheckAsync();
        await page.GetByLabel("Authorization code (people sign in)").CheckAsync();
        await page.GetByLabel("Redirect URIs", new() { Exact = true }).FillAsync(RedirectUri);
        await page.GetByLabel("openid", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("profile", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register client" }).ClickAsync();
        // Wait for the answer to the form (a refused form shows its error summary, which this failure prints).
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The client Browser partner app was registered");

        // The client's redirect URI is answered here, as the client application would.
        string? callback = null;
        await page.RouteAsync(RedirectUri + "**", async route =>
        {
            callback = route.Request.Url;
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><html lang=\"en\"><title>Client</title><main><h1>Client</h1></main></html>" });
        });
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        await page.GotoCheckedAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = RedirectUri, ["scope"] = "openid profile",
            ["state"] = "browser", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        }));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Allow Browser partner app to use your account?");
        await Assertions.Expect(page.Locator("#consent-scopes")).ToContainTextAsync("Your name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await page.WaitForURLAsync(RedirectUri + "**");

        Assert.NotNull(callback);
        var query = QueryHelpers.ParseQuery(new Uri(callback).Query);
        Assert.Equal("browser", query["state"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code"].ToString()));

        await page.GotoCheckedAsync("/account/applications");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Browser partner app");
    }
}
