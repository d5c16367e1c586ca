using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.Host.Messaging.Data;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support;

/// <summary>
/// One portal on the in-memory bus for the agreement tests: the demo's forces met and city, a third police force
/// without API clients, and a tenant that does not run call routing (not a police force).
/// </summary>
public sealed class AgreementsPortalFixture : IAsyncLifetime
{
    public const string Met = "met";
    public const string City = "city";
    public const string ThirdForce = "kent";
    public const string NotAForce = "supplierco";

    public AgreementsPortalFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.EnsureTenantAsync(ThirdForce, "Portal.CallRouting");
        await Factory.EnsureTenantAsync(NotAForce, "Portal.Users");
        foreach (var force in new[] { Met, City, ThirdForce })
        {
            await Factory.InTenantAsync(force, AddAQueueAsync);
        }
    }

    // A proposal names one of the proposer's queues, so every force gets a centre and a 999 queue it serves.
    private static async Task<bool> AddAQueueAsync(IServiceProvider services)
    {
        var centre = await services.GetRequiredService<CentreRegistry>().CreateAsync(
            new CentreInput { Code = "HQ", Name = "Headquarters", StaffedPositions = 10 }, CancellationToken.None);
        var queue = await services.GetRequiredService<QueueRegistry>().CreateAsync(new QueueInput
        {
            Code = "Q999", Name = "Emergency", Service = "999", Priority = 1, MaxLength = 50, MaxWaitSeconds = 60,
            Distribution = "longest-idle", ServingCentres = [new ServingCentreInput { CentreCode = "HQ", Preference = 1 }],
        }, CancellationToken.None);
        Assert.True(centre.Succeeded && queue.Succeeded, $"seeding the force's queue failed: {centre.Status}, {queue.Status}");
        return true;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<AgreementsClient> ClientAsync(string tenant, string scope = "routing.read routing.write") =>
        new(await Factory.ApiAsync(tenant, scope));

    /// <summary>Inbox rows of contract <paramref name="contract"/> in <paramref name="tenant"/>'s store (handled deliveries).</summary>
    public Task<int> InboxCountAsync(string tenant, Type contract) => Factory.InTenantAsync(tenant, async services =>
    {
        var database = services.GetRequiredService<TenantDatabase>();
        await using var store = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        return await store.Inbox.CountAsync(i => i.Type == contract.FullName);
    });

    /// <summary>A queue the force has: the first of its directory once one is registered, else any well-formed code.</summary>
    public Task<string> QueueOfAsync(string tenant) => Factory.InTenantAsync(tenant, async services =>
        services.GetService<IRoutingDirectory>() is { } directory ? (await directory.CurrentAsync(CancellationToken.None)).Queues[0].Code : "Q999");
}
