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
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.DoesNotContain("/account/login", page.Url);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    public static ILocator MainNavigation(this IPage page) => page.Locator("#portal-main-navigation");
}
