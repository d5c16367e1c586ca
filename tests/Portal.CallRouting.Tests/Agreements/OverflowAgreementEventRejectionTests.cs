using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Tests.Support;
using Portal.Contracts.Routing;
using Portal.Host.Messaging;

namespace Portal.CallRouting.Tests.Agreements;

/// <summary>
/// Agreement events that no agreement covers are rejected where they land, logged and parked, and change nothing
/// there; an agreement past its expiry cannot be used or answered.
/// </summary>
[Collection(AgreementsPortalCollection.Name)]
public sealed class OverflowAgreementEventRejectionTests(AgreementsPortalFixture portal)
{
    private const string Met = AgreementsPortalFixture.Met;
    private const string City = AgreementsPortalFixture.City;
    private const string ThirdForce = AgreementsPortalFixture.ThirdForce;

    [Fact]
    public async Task A_tenant_without_call_routing_rejects_a_proposal()
    {
        const string target = AgreementsPortalFixture.NotAForce;
        var proposal = new OverflowAgreementProposed(Met, Met, target, Guid.NewGuid().ToString("N"), "Q999", 2, [], AgreementsClient.NextYear, "someone", DateTimeOffset.UtcNow);

        var letter = await ParkedAsync(await PublishAsync(proposal, header: Met));

        Assert.Contains($"Tenant '{target}' does not receive OverflowAgreementProposed from other tenants", letter.Error);
        Assert.Equal(0, await portal.InboxCountAsync(target, typeof(OverflowAgreementProposed)));
    }

    [Fact]
    public async Task An_answer_from_a_force_that_is_not_the_partner_is_rejected_and_changes_nothing()
    {
        using var met = await portal.ClientAsync(Met);
        var (_, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        var id = proposed.GetProperty("id").GetString()!;

        // Another force, sending as itself, tries to accept an agreement met proposed to city.
        var letter = await ParkedAsync(await PublishAsync(new OverflowAgreementAccepted(ThirdForce, ThirdForce, Met, id, "intruder", DateTimeOffset.UtcNow), header: ThirdForce));

        Assert.Contains($"Tenant '{Met}' refused OverflowAgreementAccepted from '{ThirdForce}'", letter.Error);
        Assert.Equal("Proposed", await met.StateAsync(id));
    }

    [Fact]
    public async Task An_answer_with_a_forged_source_is_rejected_before_the_target_is_asked()
    {
        using var met = await portal.ClientAsync(Met);
        var (_, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        var id = proposed.GetProperty("id").GetString()!;

        // The body claims city accepted, but the message comes from the third force's outbox.
        var forged = new OverflowAgreementAccepted(ThirdForce, City, Met, id, "intruder", DateTimeOffset.UtcNow);
        var letter = await ParkedAsync(await PublishAsync(forged, header: ThirdForce));

        Assert.Contains($"The source '{City}' is not the tenant '{ThirdForce}'", letter.Error);
        Assert.Equal("Proposed", await met.StateAsync(id));
        Assert.DoesNotContain(await UsableAsync(Met), a => a.Id == id);
    }

    [Fact]
    public async Task An_expired_agreement_is_unusable_reads_expired_and_cannot_be_answered_or_revoked()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var (_, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        var id = proposed.GetProperty("id").GetString()!;
        await Poll.UntilAsync(() => city.StateAsync(id), s => s == "Proposed", "city's copy");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await city.ActAsync(id, "accept")).Status);
        await Poll.UntilAsync(() => met.StateAsync(id), s => s == "Accepted", "met's copy to be accepted");
        Assert.Single(await UsableAsync(Met), a => a.Id == id);

        // Time passes beyond the shared expiry (both copies carry it).
        await ExpireAsync(Met, id);
        await ExpireAsync(City, id);

        Assert.DoesNotContain(await UsableAsync(Met), a => a.Id == id);
        Assert.Equal("Expired", await met.StateAsync(id));
        Assert.Equal("Expired", await city.StateAsync(id));
        var (revoke, problem) = await met.ActAsync(id, "revoke", "Too late.");
        Assert.Equal(System.Net.HttpStatusCode.Conflict, revoke);
        Assert.Equal("The agreement has expired.", problem.GetProperty("title").GetString());
    }

    private Task<int> ExpireAsync(string tenant, string id) => portal.Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<OverflowAgreementsDbContext>().Agreements.Where(a => a.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

    private Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(string tenant) =>
        portal.Factory.InTenantAsync(tenant, s => s.GetRequiredService<IOverflowAgreements>().UsableAsync(CancellationToken.None));

    private async Task<Guid> PublishAsync<T>(T message, string header) where T : class
    {
        var messageId = Guid.NewGuid();
        await portal.Factory.Services.GetRequiredService<IBus>().Publish(message,
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, header); }));
        return messageId;
    }

    private async Task<DeadLetter> ParkedAsync(Guid messageId)
    {
        var deadLetters = portal.Factory.Services.GetRequiredService<IDeadLetterQueue>();
        var parked = await Poll.UntilAsync(() => deadLetters.ListAsync(1000), l => l.Any(x => x.MessageId == messageId), "the message in the error queue");
        var letter = parked.Single(l => l.MessageId == messageId);
        Assert.EndsWith("_error", letter.Queue);
        return letter;
    }
}
