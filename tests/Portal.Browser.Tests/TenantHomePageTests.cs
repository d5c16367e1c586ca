using Microsoft.Playwright;

namespace Portal.Browser.Tests;

public sealed class TenantHomePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/", "Portal platform")]
    [InlineData("/met/", "Metropolitan Police Service")]
    [InlineData("/city/", "City of London Police")]
    public async Task Each_tenant_home_page_names_its_tenant_and_passes_axe(string path, string tenantName)
    {
        var page = await browser.NewPageAsync();

        await page.GotoCheckedAsync(path);

        Assert.Equal(tenantName, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains(tenantName, await page.TitleAsync());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_and_passes_axe()
    {
        var page = await browser.NewPageAsync();
        await page.GotoCheckedAsync("/met/account/login");

        await page.GetByLabel("Email address").FillAsync(KestrelPortalFactory.AdminEmail);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter a correct email address and password");
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task An_unknown_tenant_prefix_is_a_404_page_not_another_tenants_content()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/no-such-force/");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(page);
    }
}
