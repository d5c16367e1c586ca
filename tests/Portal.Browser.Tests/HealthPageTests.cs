using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Contracts.Diagnostics;
using Portal.Host.Messaging;

namespace Portal.Browser.Tests;

/// <summary>The platform administrator sees a failed message on the health page and re-drives it, without JavaScript needed.</summary>
public sealed class HealthPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_health_page_lists_a_failed_message_and_redrives_it()
    {
        // A message for a tenant that does not exist: rejected, parked in the error queue.
        var messageId = Guid.NewGuid();
        await browser.Portal.Services.GetRequiredService<IBus>().Publish(new MessagingProbe("ghost", Guid.NewGuid(), DateTimeOffset.UtcNow),
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, "ghost"); }));

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("", KestrelPortalFactory.AdminEmail, KestrelPortalFactory.AdminPassword);
        var row = admin.Locator("tr", new() { HasText = messageId.ToString() });
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "The failed message never showed on the health page.");
            await admin.GotoCheckedAsync("/admin/health");
        }
        while (await row.CountAsync() == 0);

        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Health");
        await Assertions.Expect(admin.GetByRole(AriaRole.Rowheader, new() { Name = "platform-store" })).ToBeVisibleAsync();
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(admin);

        await row.GetByRole(AriaRole.Button, new() { Name = "Re-drive message " + messageId }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert, new() { Name = "Success" })).ToContainTextAsync(messageId.ToString());
        await AccessibilityChecks.AssertNoSeriousViolationsAsync(admin);
    }
}
