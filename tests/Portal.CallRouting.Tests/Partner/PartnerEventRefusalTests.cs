using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Agreements.Services;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.Tests.Support.Partner;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Tests.Partner;

/// <summary>
/// What partners tell each other is refused where no agreement covers it: it is parked in the error queue with the
/// reason, and changes nothing in the force it was sent to.
/// </summary>
[Collection(PartnerPortalCollection.Name)]
public sealed class PartnerEventRefusalTests(PartnerPortalFixture portal)
{
    private const string Met = PartnerPortalFixture.Met;
    private const string City = PartnerPortalFixture.City;
    private const string Kent = PartnerPortalFixture.ThirdForce;

    [Fact]
    public async Task A_contingency_from_a_force_without_an_agreement_is_refused_and_shows_nothing()
    {
        var activationId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        var letter = await portal.ParkedAsync(await portal.PublishAsync(new PartnerContingencyActivated(Kent, Kent, City, activationId, "storm", "Storm",
            ["Q999"], "Not agreed", "someone", now, now.AddHours(1)), header: Kent));

        Assert.Contains($"Tenant '{City}' refused PartnerContingencyActivated from '{Kent}'", letter.Error);
        Assert.Contains("no accepted overflow agreement", letter.Error);
        Assert.Equal(0, await NoticesAsync(City, activationId));
        var revert = await portal.ParkedAsync(await portal.PublishAsync(new PartnerContingencyReverted(Kent, Kent, City, activationId, "storm", "x", "someone",
            now, Automatic: false), header: Kent));
        Assert.Contains($"Tenant '{City}' refused PartnerContingencyReverted from '{Kent}'", revert.Error);
    }

    [Fact]
    public async Task A_contingency_from_a_force_whose_agreement_is_only_proposed_is_refused()
    {
        using var city = await portal.ClientAsync(City);
        // Kent has no API client: its duty officer proposes through the service the pages use.
        var proposed = await portal.Factory.InTenantAsync(Kent, s => s.GetRequiredService<OverflowAgreementService>().ProposeAsync(
            new ProposeAgreementInput(City, PartnerTestPlans.Queue999, 3, null, AgreementsClient.NextYear),
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "duty@kent.example")], "test")), CancellationToken.None));
        Assert.Equal(AgreementOperationStatus.Done, proposed.Status);
        var id = proposed.Agreement!.Id;
        await Poll.UntilAsync(() => city.StateAsync(id), s => s == "Proposed", "city's copy of kent's proposal");
        var activationId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        var letter = await portal.ParkedAsync(await portal.PublishAsync(new PartnerContingencyActivated(Kent, Kent, City, activationId, "storm", "Storm",
            ["Q999"], "Before acceptance", "someone", now, now.AddHours(1)), header: Kent));

        Assert.Contains("no accepted overflow agreement", letter.Error);
        Assert.Equal(0, await NoticesAsync(City, activationId));
    }

    [Fact]
    public async Task A_settled_call_from_a_force_that_is_not_the_agreements_partner_is_refused_and_frees_nothing()
    {
        var id = await portal.AcceptedAgreementAsync(maxConcurrentCalls: 1);
        portal.Plans.AgreementId = id;
        using var met = await portal.ClientAsync(Met, "routing.read");
        var (decided, _) = await met.SendAsync(HttpMethod.Post, "api/routing/decisions", new { service = "999", callId = $"{id}-held" });
        Assert.Equal(HttpStatusCode.OK, decided);

        // Kent claims city answered met's call, to free room under met's agreement with city.
        var letter = await portal.ParkedAsync(await portal.PublishAsync(new OverflowedCallSettled(Kent, Kent, Met, id, $"{id}-held", "answered",
            DateTimeOffset.UtcNow), header: Kent));

        Assert.Contains($"Tenant '{Met}' refused OverflowedCallSettled from '{Kent}'", letter.Error);
        Assert.Equal(1, await UnsettledAsync(Met, id));
    }

    private Task<int> NoticesAsync(string tenant, Guid activationId) => portal.Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<OverflowAgreementsDbContext>().PartnerContingencyNotices.CountAsync(n => n.ActivationId == activationId));

    private Task<int> UnsettledAsync(string tenant, string id) => portal.Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<OverflowAgreementsDbContext>().SentOverflowCalls.CountAsync(c => c.AgreementId == id && c.SettledUnixMs == null));
}
