using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;

namespace Portal.Host.Tests.Integration;

/// <summary>Releasing a shell lets requests in flight finish on the old container; new requests get a new one.</summary>
[Collection(PluginPortalCollection.Name)]
public sealed class ShellReleaseTests(PluginPortalFixture portal)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_request_in_flight_finishes_on_the_old_container_which_is_disposed_only_afterwards()
    {
        const string tenant = "inflight";
        await portal.Factory.EnsureTenantAsync(tenant);
        await portal.EnableGreeterAsync(tenant);
        using var client = portal.Factory.CreateHttpClient();
        var firstContainer = await ContainerOfAsync(client, tenant);
        var old = await portal.Factory.ShellOfAsync(tenant);

        // Long enough for everything below to happen while it waits, even on a slow machine.
        var slow = client.GetAsync($"/{tenant}/api/slow?ms=5000");
        await WaitUntilAsync(() => old.ActiveLeases > 0, "the slow request to hold a lease on the shell");
        await portal.Factory.Services.GetRequiredService<IShellReleaser>().ReleaseAsync(tenant);

        Assert.True(old.IsReleased);
        Assert.False(old.IsDisposed, "The released shell must stay alive while a request is in flight.");
        Assert.Equal(1, old.ActiveLeases);

        // Meanwhile a new request gets a new container.
        var secondContainer = await ContainerOfAsync(client, tenant);
        Assert.NotEqual(firstContainer, secondContainer);
        Assert.NotSame(old, await portal.Factory.ShellOfAsync(tenant));
        Assert.False(slow.IsCompleted, "The slow request ended too early for this test to mean anything.");
        Assert.False(old.IsDisposed);

        var response = await slow;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(tenant, body.GetProperty("tenant").GetString());
        Assert.True(body.GetProperty("servicesWork").GetBoolean());
        Assert.Equal(firstContainer, body.GetProperty("container").GetGuid());

        await WaitUntilAsync(() => old.IsDisposed, "the old shell to be disposed after its last request");
        Assert.Equal(0, old.ActiveLeases);
    }

    [Fact]
    public async Task An_idle_shell_is_disposed_at_once_when_released()
    {
        const string tenant = "idle";
        await portal.Factory.EnsureTenantAsync(tenant);
        var old = await portal.Factory.ShellOfAsync(tenant);

        await portal.Factory.Services.GetRequiredService<IShellReleaser>().ReleaseAsync(tenant);

        Assert.True(old.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => old.Services.GetService<ShellSettings>());
        Assert.Null(old.TryAcquire());
        Assert.DoesNotContain(tenant, portal.Factory.Shells.BuiltShells);
    }

    [Fact]
    public async Task Changing_a_tenants_settings_rebuilds_its_shell_with_them()
    {
        const string tenant = "renamed";
        await portal.Factory.EnsureTenantAsync(tenant);
        await portal.EnableGreeterAsync(tenant);
        using var client = portal.Factory.CreateHttpClient();
        var before = await ContainerOfAsync(client, tenant);
        var tenants = portal.Factory.Services.GetRequiredService<IShellSettingsManager>();

        var current = (await tenants.FindAsync(tenant))!;
        await tenants.UpdateAsync(current with { DisplayName = "Renamed force" });

        Assert.NotEqual(before, await ContainerOfAsync(client, tenant));
        var shell = await portal.Factory.ShellOfAsync(tenant);
        Assert.Equal("Renamed force", shell.Services.GetRequiredService<ShellSettings>().DisplayName);
    }

    private static async Task<Guid> ContainerOfAsync(HttpClient client, string tenant)
    {
        var response = await client.GetAsync($"/{tenant}/api/slow?ms=0");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("container").GetGuid();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }
}
