using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Audit.Tests.Support;

namespace Portal.Audit.Tests.Integration;

/// <summary>Changing a tenant's features (the Features module, on Default) is written to Default's audit log.</summary>
[Collection(AuditCollection.Name)]
public sealed class FeatureChangeAuditTests(AuditFixture fixture)
{
    private HttpClient Admin => fixture.Admin;

    private async Task<JsonArray> FeatureEntriesAsync() =>
        (await Browser.JsonAsync(await Admin.GetAsync("/api/audit?category=features&pageSize=500")))["entries"]!.AsArray();

    [Fact]
    public async Task A_feature_change_on_default_is_audited_with_who_and_what()
    {
        var before = (await FeatureEntriesAsync()).Count;

        var disabled = await Admin.PostAsJsonAsync("/api/tenants/Default/features", new { disable = new[] { "Portal.Users.Account" } });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var enabled = await Admin.PostAsJsonAsync("/api/tenants/Default/features", new { enable = new[] { "Portal.Users.Account" } });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

        var entries = await FeatureEntriesAsync();
        Assert.Equal(before + 2, entries.Count);
        var newest = entries[0]!;
        Assert.Equal("features-changed", (string)newest["action"]!);
        Assert.Equal("Success", (string)newest["outcome"]!);
        Assert.Equal("Default", (string)newest["subject"]!);
        Assert.Equal(AuditPortalFactory.AdminEmail, (string)newest["actor"]!);
        Assert.Equal("enabled: Portal.Users.Account; disabled: none", (string)newest["detail"]!);
        Assert.Equal("enabled: none; disabled: Portal.Users.Account", (string)entries[1]!["detail"]!);
        Assert.True((bool)(await Browser.JsonAsync(await Admin.PostAsync("/api/audit/verify", null)))["intact"]!);
    }

    [Fact]
    public async Task A_refused_feature_change_is_audited_as_a_failure()
    {
        var response = await Admin.PostAsJsonAsync("/api/tenants/Default/features", new { enable = new[] { "Portal.NoSuchFeature" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var newest = (await FeatureEntriesAsync())[0]!;

        Assert.Equal("Failure", (string)newest["outcome"]!);
        Assert.StartsWith("enabled: Portal.NoSuchFeature; disabled: none; not changed (Invalid):", (string)newest["detail"]!);
    }
}
