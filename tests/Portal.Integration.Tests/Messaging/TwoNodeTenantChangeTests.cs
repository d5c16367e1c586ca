using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// Two portal nodes on the same stores and broker: a tenant change made on one node reaches the other through the
/// platform outbox and each node's own fan-out endpoint, and the other node reloads the tenant.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TwoNodeTenantChangeTests
{
    private const string Tenant = "fan";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Disabling_and_enabling_a_tenant_on_one_node_is_served_by_the_other_node()
    {
        await using var rabbit = new PrivateRabbitMq();
        await rabbit.StartAsync();
        using var node1 = new RabbitPortalFactory(rabbit.Host, rabbit.VirtualHost, PrivateRabbitMq.User, rabbit.Password);
        await node1.SetUpTenantsAsync(Tenant);
        using var node2 = new RabbitPortalFactory(rabbit.Host, rabbit.VirtualHost, PrivateRabbitMq.User, rabbit.Password, sharedDataDir: node1.DataDir);
        using var client2 = node2.CreateClient();
        // Node 2's bus starts in the background: its own endpoint must be bound before the change is published.
        await Poll.UntilAsync(() => Readiness.BusIsHealthyAsync(client2), "node 2's bus to be ready", TimeSpan.FromSeconds(60));
        var served = (await client2.GetAsync($"/{Tenant}/")).StatusCode;
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, served);

        var tenants = node1.Services.GetRequiredService<IShellSettingsManager>();
        var running = (await tenants.FindAsync(Tenant))!;
        await tenants.UpdateAsync(running with { State = TenantState.Disabled });

        await Poll.UntilAsync(async () => (await client2.GetAsync($"/{Tenant}/")).StatusCode == HttpStatusCode.ServiceUnavailable,
            "node 2 to refuse the disabled tenant", Patience);

        var disabled = (await tenants.FindAsync(Tenant))!;
        await tenants.UpdateAsync(disabled with { State = TenantState.Running });
        await Poll.UntilAsync(async () => (await client2.GetAsync($"/{Tenant}/")).StatusCode == served, "node 2 to serve the tenant again", Patience);
        Assert.Equal(TenantState.Running, node2.Shells.Table.Find(Tenant)!.State);
    }
}
