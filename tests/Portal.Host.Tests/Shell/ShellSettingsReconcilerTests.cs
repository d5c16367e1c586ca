using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Shell;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Shell;

/// <summary>
/// What another node saves straight to the platform store reaches this node's shell table through reconciliation
/// (the safety net for lost Redis signals): changed tenants reloaded, new ones added, removed ones dropped.
/// The periodic pass also runs in the background, so the tests check the outcome, not who applied it.
/// </summary>
public sealed class ShellSettingsReconcilerTests
{
    [Fact]
    public async Task A_tenant_changed_in_the_store_by_another_node_is_reloaded_and_its_shell_released()
    {
        using var factory = new PortalFactory();
        var before = await factory.EnsureTenantAsync("recon");
        var oldShell = await factory.ShellOfAsync("recon");
        var reconciler = factory.Services.GetRequiredService<ShellSettingsReconciler>();
        Assert.Equal(0, await reconciler.ReconcileAllAsync());

        await ChangeInStoreAsync(factory, "recon", r => { r.DisplayName = "Changed elsewhere"; r.VersionId = "v-elsewhere"; });
        Assert.Equal(before.VersionId, factory.Shells.Table.Find("recon")!.VersionId);

        await reconciler.ReconcileAllAsync();
        var running = factory.Shells.Table.Find("recon")!;
        Assert.Equal("v-elsewhere", running.VersionId);
        Assert.Equal("Changed elsewhere", running.DisplayName);
        Assert.True(oldShell.IsReleased);
        Assert.Equal("Changed elsewhere", (await factory.ShellOfAsync("recon")).Settings.DisplayName);
        Assert.Equal(0, await reconciler.ReconcileAllAsync());
    }

    [Fact]
    public async Task A_tenant_created_or_removed_by_another_node_is_added_or_dropped()
    {
        using var factory = new PortalFactory();
        await factory.EnsureTenantAsync("gone");
        var shell = await factory.ShellOfAsync("gone");
        var store = factory.Services.GetRequiredService<PlatformStore>();
        await using (var db = store.CreateContext())
        {
            db.Tenants.Remove(await db.Tenants.SingleAsync(t => t.Name == "gone"));
            db.Tenants.Add(new TenantRecord { Name = "fresh", UrlPrefix = "fresh", DisplayName = "Fresh", VersionId = "v1", State = TenantState.Disabled });
            await db.SaveChangesAsync();
        }

        var reconciler = factory.Services.GetRequiredService<ShellSettingsReconciler>();
        await reconciler.ReconcileAllAsync();
        Assert.Null(factory.Shells.Table.Find("gone"));
        Assert.True(shell.IsReleased);
        Assert.Equal(TenantState.Disabled, factory.Shells.Table.Find("fresh")!.State);

        // A signal names one tenant; the store decides what runs.
        await ChangeInStoreAsync(factory, "fresh", r => { r.State = TenantState.Running; r.VersionId = "v2"; });
        await reconciler.ReconcileTenantAsync("fresh");
        Assert.Equal(TenantState.Running, factory.Shells.Table.Find("fresh")!.State);
        Assert.False(await reconciler.ReconcileTenantAsync("fresh"));
        Assert.False(await reconciler.ReconcileTenantAsync("never-existed"));
    }

    private static async Task ChangeInStoreAsync(PortalFactory factory, string name, Action<TenantRecord> change)
    {
        await using var db = factory.Services.GetRequiredService<PlatformStore>().CreateContext();
        change(await db.Tenants.SingleAsync(t => t.Name == name));
        await db.SaveChangesAsync();
    }
}
