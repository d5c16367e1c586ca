using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>Every page a test visits is checked with axe-core as it is reached.</summary>
public static class PageVisits
{
    public static async Task GotoCheckedAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET {path} answered {response.Status}");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    public static async Task SignInAsync(this IPage page, string pathBase, string email, string password)
    {
        await page.GotoCheckedAsync(pathBase + "/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        // Wait for the document the sign-in leads to (a refused sign-in stays on the login page and times out here),
        // not for the "load" of whichever document is current: under a loaded machine that once waited 30 s in vain.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    public static ILocator MainNavigation(this IPage page) => page.Locator("#portal-main-navigation");
}
