using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Users.Tests.Support;

namespace Portal.Browser.Tests;

/// <summary>
/// A cleared person enrols an authenticator, steps up into an OFFICIAL-SENSITIVE page and sees its marking; after
/// signing out, a copy of the old session cookie opens nothing.
/// </summary>
public sealed class SensitiveAccessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string SensitivePage = "/sensitive-sample";

    [Fact]
    public async Task Enrol_step_up_read_the_marked_page_then_sign_out_and_the_old_cookie_stops_working()
    {
        var features = browser.Portal.Services.GetRequiredService<IShellFeatureManager>();
        await features.UpdateAsync(ShellSettings.DefaultName, ["Sample.Greeter"], [], null);

        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Portal.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsync("", KestrelPortalFactory.AdminEmail, KestrelPortalFactory.AdminPassword);

        // Enrol: read the key the page shows, compute the code as an authenticator app would.
        await page.GotoCheckedAsync("/account/security");
        await page.GotoCheckedAsync("/account/security/enable");
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Trim();
        await page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("recovery code");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        // The sensitive page asks for the second factor first.
        await page.GotoAsync(SensitivePage);
        Assert.Contains("/account/step-up", page.Url);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**" + SensitivePage);
        var markings = page.Locator(".portal-classification__text");
        await Assertions.Expect(markings).ToHaveCountAsync(2);
        await Assertions.Expect(markings.First).ToContainTextAsync("OFFICIAL-SENSITIVE");
        await Assertions.Expect(markings.Last).ToContainTextAsync("OFFICIAL-SENSITIVE");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);

        // Sign out; a copy of the session cookie taken before must not work afterwards.
        var copied = await context.CookiesAsync();
        // Wait until the sign-out has been answered (it leads home): the click alone returns before the request is made.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        var thief = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Portal.BaseAddress.ToString() });
        await thief.AddCookiesAsync(copied.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Secure = c.Secure, HttpOnly = c.HttpOnly,
        }));
        var stolen = await thief.NewPageAsync();
        await stolen.GotoAsync("/admin");
        Assert.Contains("/account/login", stolen.Url);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(stolen);
    }
}
