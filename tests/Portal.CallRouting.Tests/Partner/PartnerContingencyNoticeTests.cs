using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Data;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.Tests.Support.Partner;

namespace Portal.CallRouting.Tests.Partner;

/// <summary>
/// met switching a contingency plan on and off tells city, its partner under an accepted agreement: city's dashboard
/// shows a banner while the plan is in force, and city's audit log records both, naming met's actor.
/// </summary>
[Collection(PartnerPortalCollection.Name)]
public sealed class PartnerContingencyNoticeTests(PartnerPortalFixture portal)
{
    private const string Met = PartnerPortalFixture.Met;
    private const string City = PartnerPortalFixture.City;
    private const string Url = "api/routing/contingency-plans/" + PartnerTestPlans.Contingency;

    [Fact]
    public async Task Activating_and_reverting_a_contingency_is_shown_and_audited_at_the_partner_only()
    {
        portal.Plans.AgreementId = await portal.AcceptedAgreementAsync(maxConcurrentCalls: 4);
        using var met = await portal.ClientAsync(Met);
        using var city = await portal.ClientAsync(City, "routing.read");

        var (activated, activation) = await met.SendAsync(HttpMethod.Post, $"{Url}/activate", new { reason = "Flooding at HQ" });
        Assert.True(activated == HttpStatusCode.OK, $"activation answered {(int)activated}: {activation}");
        var activationId = activation.GetProperty("id").GetString()!;

        var shown = await Poll.UntilAsync(() => portal.PartnersAsync(city),
            p => p.GetProperty("contingencies").EnumerateArray().Any(c => c.GetProperty("activationId").GetString() == activationId),
            "city's dashboard to show met's contingency");
        var alert = shown.GetProperty("contingencies").EnumerateArray().Single(c => c.GetProperty("activationId").GetString() == activationId);
        Assert.Equal(Met, alert.GetProperty("partnerTenant").GetString());
        Assert.Equal(PartnerTestPlans.Contingency, alert.GetProperty("planCode").GetString());
        Assert.Equal("Flooding at HQ", alert.GetProperty("reason").GetString());
        Assert.Equal(PartnerTestPlans.Queue999, alert.GetProperty("queues").GetString());

        using var browser = await AgreementsBrowser.SignInAsync(portal.Factory, City);
        var page = await browser.Http.GetStringAsync($"/{City}/routing/dashboard");
        Assert.Contains("govuk-notification-banner", page);
        Assert.Contains($"{Met} has switched on its contingency plan Storm Bert ({PartnerTestPlans.Contingency})", page);

        var audited = await Poll.UntilAsync(() => AuditActorsAsync(City, "partner-contingency-activated", PartnerTestPlans.Contingency), a => a.Count > 0,
            "city's audit entry of the activation");
        Assert.All(audited, actor => Assert.StartsWith($"{Met}:", actor));
        // A force with no agreement with met hears nothing of it.
        Assert.Equal(0, await NoticesAsync(PartnerPortalFixture.ThirdForce));

        var (reverted, _) = await met.SendAsync(HttpMethod.Post, $"{Url}/revert", new { reason = "Water receded" });
        Assert.Equal(HttpStatusCode.OK, reverted);
        await Poll.UntilAsync(() => portal.PartnersAsync(city),
            p => p.GetProperty("contingencies").EnumerateArray().All(c => c.GetProperty("activationId").GetString() != activationId),
            "city's banner to go once met reverted");
        await Poll.UntilAsync(() => AuditActorsAsync(City, "partner-contingency-reverted", PartnerTestPlans.Contingency), a => a.Count > 0,
            "city's audit entry of the revert");
        Assert.DoesNotContain($"{Met} has switched on its contingency plan", await browser.Http.GetStringAsync($"/{City}/routing/dashboard"));
    }

    private Task<List<string>> AuditActorsAsync(string tenant, string action, string subject) => portal.Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<AuditDbContext>().Entries.AsNoTracking().Where(e => e.Action == action && e.Subject == subject).Select(e => e.Actor).ToListAsync());

    private Task<int> NoticesAsync(string tenant) => portal.Factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<OverflowAgreementsDbContext>().PartnerContingencyNotices.CountAsync(n => n.PartnerTenant == Met));
}
