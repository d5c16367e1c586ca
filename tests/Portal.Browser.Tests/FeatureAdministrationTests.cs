using Microsoft.Playwright;

namespace Portal.Browser.Tests;

/// <summary>The platform administrator switches a feature off and on for city, and city's navigation follows.</summary>
public sealed class FeatureAdministrationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Feature = "Your account";

    [Fact]
    public async Task Disabling_then_enabling_a_feature_for_city_changes_citys_navigation()
    {
        var city = await browser.NewPageAsync();
        await city.SignInAsync("/city", KestrelPortalFactory.AdminEmail, KestrelPortalFactory.AdminPassword);
        await city.GotoCheckedAsync("/city/");
        await Assertions.Expect(city.MainNavigation().GetByRole(AriaRole.Link, new() { Name = Feature })).ToBeVisibleAsync();

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("", KestrelPortalFactory.AdminEmail, KestrelPortalFactory.AdminPassword);
        await admin.GotoCheckedAsync("/admin");
        await admin.GotoCheckedAsync("/admin/tenants");
        await admin.GotoCheckedAsync("/admin/tenants/city");
        await admin.GotoCheckedAsync("/admin/tenants/city/features");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable " + Feature, Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Enable " + Feature, Exact = true })).ToBeVisibleAsync();
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(admin);

        await city.GotoCheckedAsync("/city/");
        await Assertions.Expect(city.MainNavigation().GetByRole(AriaRole.Link, new() { Name = Feature })).ToHaveCountAsync(0);
        Assert.Equal(404, (await city.GotoAsync("/city/account/profile"))!.Status);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Enable " + Feature, Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Disable " + Feature, Exact = true })).ToBeVisibleAsync();

        await city.GotoCheckedAsync("/city/");
        await city.MainNavigation().GetByRole(AriaRole.Link, new() { Name = Feature }).ClickAsync();
        await Assertions.Expect(city.Locator("h1")).ToHaveTextAsync(Feature);
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(city);
    }
}
