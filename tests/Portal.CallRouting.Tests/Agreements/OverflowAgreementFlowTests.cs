using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Tests.Support;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Tests.Agreements;

/// <summary>met proposes, city answers, either revokes: each side's copy follows through the events between the two tenants.</summary>
[Collection(AgreementsPortalCollection.Name)]
public sealed class OverflowAgreementFlowTests(AgreementsPortalFixture portal)
{
    private const string Met = AgreementsPortalFixture.Met;
    private const string City = AgreementsPortalFixture.City;

    [Fact]
    public async Task A_proposal_reaches_the_partner_and_once_accepted_is_usable_by_the_proposer_only()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var queue = await portal.QueueOfAsync(Met);
        var hours = new[] { new { day = "Monday", periods = new[] { new { opens = "08:00:00", closes = "20:00:00" } } } };

        var (status, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, queue, maxConcurrentCalls: 4, hours: hours));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = proposed.GetProperty("id").GetString()!;
        Assert.Equal("Proposed", proposed.GetProperty("state").GetString());
        Assert.Equal("Proposer", proposed.GetProperty("role").GetString());
        Assert.Equal("client:met-automation", proposed.GetProperty("proposedBy").GetString());

        Assert.Equal("Proposed", await Poll.UntilAsync(() => city.StateAsync(id), s => s is not null, "city's copy of the proposal"));
        var (_, cityCopy) = await city.GetAsync(id);
        Assert.Equal("Partner", cityCopy.GetProperty("role").GetString());
        Assert.Equal(Met, cityCopy.GetProperty("partner").GetString());
        Assert.Equal(queue, cityCopy.GetProperty("queueCode").GetString());
        Assert.Equal(4, cityCopy.GetProperty("maxConcurrentCalls").GetInt32());
        Assert.Equal("08:00:00", cityCopy.GetProperty("hours")[0].GetProperty("periods")[0].GetProperty("opens").GetString());
        Assert.Empty(await UsableAsync(Met, id));

        var (accepted, acceptedBody) = await city.ActAsync(id, "accept");
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal("Accepted", acceptedBody.GetProperty("state").GetString());
        Assert.Equal("Accepted", await Poll.UntilAsync(() => met.StateAsync(id), s => s == "Accepted", "met's copy to be accepted"));

        var usable = Assert.Single(await UsableAsync(Met, id));
        Assert.Equal(City, usable.PartnerTenant);
        Assert.Equal(queue, usable.QueueCode);
        Assert.Equal(4, usable.MaxConcurrentCalls);
        Assert.Equal(DayOfWeek.Monday, Assert.Single(usable.Hours!).Day);
        // city accepted calls from met; it did not gain the right to send met its own.
        Assert.Empty(await UsableAsync(City, id));
        var (_, metCopy) = await met.GetAsync(id);
        Assert.Equal("client:city-automation", metCopy.GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task A_declined_proposal_is_declined_on_both_sides_with_the_reason()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var id = await ProposedAndDeliveredAsync(met, city);

        var (status, body) = await city.ActAsync(id, "decline", "No spare staff this winter.");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Declined", body.GetProperty("state").GetString());
        await Poll.UntilAsync(() => met.StateAsync(id), s => s == "Declined", "met's copy to be declined");
        var (_, metCopy) = await met.GetAsync(id);
        Assert.Equal("No spare staff this winter.", metCopy.GetProperty("declineReason").GetString());
        Assert.Empty(await UsableAsync(Met, id));
    }

    [Fact]
    public async Task The_partner_revoking_an_accepted_agreement_makes_it_unusable_for_the_proposer()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var id = await AcceptedAsync(met, city);

        var (status, body) = await city.ActAsync(id, "revoke", "Our centre is closing for refurbishment.");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Revoked", body.GetProperty("state").GetString());
        await Poll.UntilAsync(() => met.StateAsync(id), s => s == "Revoked", "met's copy to be revoked");
        var (_, metCopy) = await met.GetAsync(id);
        Assert.Equal(City, metCopy.GetProperty("revokedByTenant").GetString());
        Assert.Equal("Our centre is closing for refurbishment.", metCopy.GetProperty("revocationReason").GetString());
        Assert.Empty(await UsableAsync(Met, id));
    }

    [Fact]
    public async Task The_proposer_revoking_ends_the_agreement_on_both_sides_and_answers_no_longer_apply()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var id = await AcceptedAsync(met, city);

        Assert.Equal(HttpStatusCode.OK, (await met.ActAsync(id, "revoke", "Replaced by a wider agreement.")).Status);
        await Poll.UntilAsync(() => city.StateAsync(id), s => s == "Revoked", "city's copy to be revoked");
        Assert.Empty(await UsableAsync(Met, id));
        var (again, problem) = await city.ActAsync(id, "revoke", "Twice.");
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("The agreement is Revoked.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Calls_overflowed_under_an_accepted_agreement_are_counted_once_each_on_the_partner_side()
    {
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City);
        var id = await AcceptedAsync(met, city);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var callId = "call-" + Guid.NewGuid().ToString("N");

        var sent = await portal.Factory.InTenantAsync(Met, async s =>
        {
            var notifier = s.GetRequiredService<IPartnerOverflowNotifier>();
            var first = await notifier.NotifyAsync(id, callId, DateTimeOffset.UtcNow, CancellationToken.None);
            // The same call reported twice (a retry of the caller) is still one call.
            var second = await notifier.NotifyAsync(id, callId, DateTimeOffset.UtcNow, CancellationToken.None);
            return first && second;
        });
        Assert.True(sent);

        // met records and sends the call once; city counts it once.
        Assert.Equal(1, await portal.Factory.InTenantAsync(Met, s =>
            s.GetRequiredService<OverflowAgreementsDbContext>().SentOverflowCalls.CountAsync(c => c.AgreementId == id && c.CallId == callId)));
        var counts = await Poll.UntilAsync(() => portal.Factory.InTenantAsync(City, s => s.GetRequiredService<IPartnerOverflowFeed>().CountsSinceAsync(since, CancellationToken.None)),
            c => c.Any(x => x.PartnerTenant == Met), "city to count the call");
        Assert.Equal(1, await portal.Factory.InTenantAsync(City, s =>
            s.GetRequiredService<OverflowAgreementsDbContext>().PartnerOverflowCalls.CountAsync(c => c.CallId == callId)));
        var fromMet = Assert.Single(counts, c => c.PartnerTenant == Met);
        Assert.Equal(1, fromMet.Calls);

        // No notice without a usable agreement: nothing is sent once it is revoked.
        Assert.Equal(HttpStatusCode.OK, (await met.ActAsync(id, "revoke", "Done.")).Status);
        Assert.False(await portal.Factory.InTenantAsync(Met, s =>
            s.GetRequiredService<IPartnerOverflowNotifier>().NotifyAsync(id, "call-after-revocation", DateTimeOffset.UtcNow, CancellationToken.None)));
    }

    private async Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(string tenant, string id) =>
        (await portal.Factory.InTenantAsync(tenant, s => s.GetRequiredService<IOverflowAgreements>().UsableAsync(CancellationToken.None)))
        .Where(a => a.Id == id).ToList();

    private async Task<string> ProposedAndDeliveredAsync(AgreementsClient met, AgreementsClient city)
    {
        var (status, proposed) = await met.ProposeAsync(AgreementsClient.Proposal(City, await portal.QueueOfAsync(Met)));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = proposed.GetProperty("id").GetString()!;
        await Poll.UntilAsync(() => city.StateAsync(id), s => s == "Proposed", "city's copy of the proposal");
        return id;
    }

    private async Task<string> AcceptedAsync(AgreementsClient met, AgreementsClient city)
    {
        var id = await ProposedAndDeliveredAsync(met, city);
        Assert.Equal(HttpStatusCode.OK, (await city.ActAsync(id, "accept")).Status);
        await Poll.UntilAsync(() => met.StateAsync(id), s => s == "Accepted", "met's copy to be accepted");
        return id;
    }
}
