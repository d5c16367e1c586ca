using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements.Data;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.Host.Messaging;

namespace Portal.CallRouting.Tests.Support.Partner;

/// <summary>
/// One portal for the partner tests: met, city and a third force kent, each with the centre HQ and the 999 queue Q999
/// (what <see cref="PartnerTestPlans"/> routes, and what each force's telephony reports calls against).
/// </summary>
public sealed class PartnerPortalFixture : IAsyncLifetime
{
    public const string Met = "met";
    public const string City = "city";
    public const string ThirdForce = "kent";

    public PartnerPortalFactory Factory { get; } = new();

    public PartnerTestPlans Plans => Factory.Plans;

    public async Task InitializeAsync()
    {
        await Factory.EnsureTenantAsync(ThirdForce, "Portal.CallRouting");
        foreach (var force in new[] { Met, City, ThirdForce })
        {
            await Factory.InTenantAsync(force, AddTheQueueAsync);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<AgreementsClient> ClientAsync(string tenant, string scope = "routing.read routing.write") =>
        new(await Factory.ApiAsync(tenant, scope));

    /// <summary>An agreement met proposed and city accepted (both copies say so), at most <paramref name="maxConcurrentCalls"/> calls.</summary>
    public async Task<string> AcceptedAgreementAsync(int maxConcurrentCalls)
    {
        using var met = await ClientAsync(Met);
        using var city = await ClientAsync(City);
        var (status, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, PartnerTestPlans.Queue999, maxConcurrentCalls));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = proposed.GetProperty("id").GetString()!;
        await Poll.UntilAsync(() => city.StateAsync(id), s => s == "Proposed", "city's copy of the proposal");
        Assert.Equal(HttpStatusCode.OK, (await city.ActAsync(id, "accept")).Status);
        await Poll.UntilAsync(() => met.StateAsync(id), s => s == "Accepted", "met's copy to be accepted");
        return id;
    }

    /// <summary><c>GET /api/routing/state</c> of <paramref name="tenant"/>'s partners part.</summary>
    public async Task<JsonElement> PartnersAsync(AgreementsClient client)
    {
        var (status, state) = await client.SendAsync(HttpMethod.Get, "api/routing/state");
        Assert.Equal(HttpStatusCode.OK, status);
        return state.GetProperty("partners");
    }

    /// <summary>The overflow row of agreement <paramref name="id"/> in a partners part, or null when it has none.</summary>
    public static JsonElement? OverflowOf(JsonElement partners, string id) =>
        partners.GetProperty("overflow").EnumerateArray().Where(o => o.GetProperty("agreementId").GetString() == id).Select(o => (JsonElement?)o).FirstOrDefault();

    /// <summary>Calls <paramref name="tenant"/> recorded as sent to a partner under agreement <paramref name="id"/>.</summary>
    public Task<int> SentCallsAsync(string tenant, string id) => Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<OverflowAgreementsDbContext>().SentOverflowCalls.CountAsync(c => c.AgreementId == id));

    /// <summary>Calls <paramref name="tenant"/> received from a partner under agreement <paramref name="id"/>.</summary>
    public Task<int> ReceivedCallsAsync(string tenant, string id) => Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<OverflowAgreementsDbContext>().PartnerOverflowCalls.CountAsync(c => c.AgreementId == id));

    /// <summary>Publishes <paramref name="message"/> on the bus as if from <paramref name="header"/>'s outbox; returns its id.</summary>
    public async Task<Guid> PublishAsync<T>(T message, string header) where T : class
    {
        var messageId = Guid.NewGuid();
        await Factory.Services.GetRequiredService<IBus>().Publish(message,
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, header); }));
        return messageId;
    }

    /// <summary>The message, once it is in an error queue (fails when it never gets there).</summary>
    public async Task<DeadLetter> ParkedAsync(Guid messageId)
    {
        var deadLetters = Factory.Services.GetRequiredService<IDeadLetterQueue>();
        var parked = await Poll.UntilAsync(() => deadLetters.ListAsync(1000), l => l.Any(x => x.MessageId == messageId), "the message in the error queue");
        return parked.Single(l => l.MessageId == messageId);
    }

    private static async Task<bool> AddTheQueueAsync(IServiceProvider services)
    {
        var centre = await services.GetRequiredService<CentreRegistry>().CreateAsync(
            new CentreInput { Code = PartnerTestPlans.Centre, Name = "Headquarters", StaffedPositions = 10 }, CancellationToken.None);
        var queue = await services.GetRequiredService<QueueRegistry>().CreateAsync(new QueueInput
        {
            Code = PartnerTestPlans.Queue999, Name = "Emergency", Service = "999", Priority = 1, MaxLength = 50, MaxWaitSeconds = 60,
            Distribution = "longest-idle", ServingCentres = [new ServingCentreInput { CentreCode = PartnerTestPlans.Centre, Preference = 1 }],
        }, CancellationToken.None);
        Assert.True(centre.Succeeded && queue.Succeeded, $"seeding the force's queue failed: {centre.Status}, {queue.Status}");
        return true;
    }
}
