using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

/// <summary>Health endpoints, OpenAPI per tenant, and warm-up of shells at start-up.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Liveness_and_readiness_answer_and_readiness_names_the_platform_store()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateHttpClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "platform-store");
        Assert.Equal("Healthy", check.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_fails_with_503_when_the_platform_store_is_unreadable_while_liveness_stays_up()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        SqliteConnection.ClearAllPools();
        // A directory where the file was: no connection can open it. (Overwriting the file is not enough: a
        // background connection still open, such as the outbox dispatcher's, checkpoints its WAL back into it.)
        // The dispatcher may recreate an empty file between delete and create: then go again.
        var platformDb = Path.Combine(factory.DataDir, "platform.db");
        for (var attempt = 0; !Directory.Exists(platformDb); attempt++)
        {
            Assert.True(attempt < 50, "Could not replace the platform store with a directory.");
            try
            {
                File.Delete(platformDb);
                Directory.CreateDirectory(platformDb);
            }
            catch (IOException)
            {
                await Task.Delay(20);
            }
        }

        // A pooled connection opened before the swap still reads the deleted file (Linux keeps it while open): drop
        // the pools so the check opens the path as it is now.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_openapi_document()
    {
        using var factory = new PortalFactory();
        await factory.EnsureTenantAsync("met");
        using var client = factory.CreateHttpClient();

        using var platform = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        using var met = JsonDocument.Parse(await client.GetStringAsync("/met/openapi/v1.json"));

        Assert.True(platform.RootElement.GetProperty("paths").TryGetProperty("/api/tenants", out _));
        Assert.False(met.RootElement.GetProperty("paths").TryGetProperty("/api/tenants", out _));
        Assert.NotEqual(platform.RootElement.GetProperty("info").GetProperty("title").GetString(),
            met.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public void With_warmup_every_running_tenant_is_built_before_the_first_request_and_without_it_none_is()
    {
        using var cold = new PortalFactory();
        using var warm = new PortalFactory { Warmup = true };

        Assert.Empty(cold.Shells.BuiltShells);
        var running = warm.Shells.Table.All.Where(t => t.State == Portal.Abstractions.Shell.TenantState.Running).Select(t => t.Name).ToList();
        Assert.Contains("Default", running);
        Assert.Equal(running.Order(), warm.Shells.BuiltShells.Order());
    }
}
