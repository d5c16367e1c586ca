using System.Net;
using Portal.Abstractions.Audit;
using Portal.Audit.Tests.Support;

namespace Portal.Audit.Tests.Integration;

/// <summary>
/// A platform of its own whose audit store the test changes directly (as someone with database access would):
/// the verify API and page both name the entry.
/// </summary>
public sealed class TamperedStoreTests : IAsyncLifetime
{
    private readonly AuditPortalFactory _factory = new();
    private HttpClient _admin = null!;

    public async Task InitializeAsync() => _admin = await Browser.SignInAsync(_factory);

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_detail_changed_in_the_store_is_reported_by_the_api_and_the_page()
    {
        var marker = "tamper" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
        {
            await _factory.WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-permissions-changed", AuditOutcome.Success, "role-" + i, marker));
        }

        var entries = (await Browser.JsonAsync(await _admin.GetAsync($"/api/audit?q={marker}")))["entries"]!.AsArray();
        var target = (long)entries[2]!["sequence"]!;
        Assert.True((bool)(await Browser.JsonAsync(await _admin.PostAsync("/api/audit/verify", null)))["intact"]!);

        Assert.Equal(1, await _factory.ExecuteSqlAsync("UPDATE AuditEntries SET Detail = 'nothing to see' WHERE Sequence = {0}", target));

        var result = await Browser.JsonAsync(await _admin.PostAsync("/api/audit/verify", null));
        Assert.False((bool)result["intact"]!);
        Assert.Equal(target, (long)result["brokenAt"]!);
        Assert.Equal(target - 1, (long)result["checked"]!);

        var page = await Browser.PostFormAsync(_admin, "/admin/audit/verify", "/admin/audit/verify", []);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains($"The chain breaks at entry #{target}: its content does not match its hash", html);
    }
}
