using System.Security.Cryptography;
using System.Text;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Support.Partner;

/// <summary>
/// Stands in for the published plan (registered in the host, so every force gets it): one 999 queue Q999 served by the
/// centre HQ, whose rule overflows every call to a partner under <see cref="AgreementId"/>, and a contingency plan
/// "storm" that tells partners. A test sets the agreement once it is accepted.
/// </summary>
public sealed class PartnerTestPlans : IPublishedPlanSource
{
    public const string Queue999 = "Q999";
    public const string Centre = "HQ";
    public const string Contingency = "storm";

    private PublishedRoutingPlan? _plan;

    /// <summary>Setting it publishes a new version (decisions cache compiled plans per version).</summary>
    public string? AgreementId
    {
        get => _plan?.Document.Queues[0].Rules[0].Actions[0] is OverflowToPartnerAction overflow ? overflow.AgreementId : null;
        set => _plan = value is null ? null : Build(value, (_plan?.Version ?? 0) + 1);
    }

    public Task<PublishedRoutingPlan?> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(_plan);

    private static PublishedRoutingPlan Build(string agreementId, int version) => new(
        version,
        new RoutingPlanDocument(
            [new QueuePolicy(Queue999, [Rule("to-partner", 1, [], new OverflowToPartnerAction(agreementId))], [new ServingCentresAction()])],
            [new ContingencyPlan(Contingency, "Storm Bert", "Flooding: the partner takes more calls", 60, NotifyPartners: true,
                [new QueuePolicy(Queue999, [], [new ServingCentresAction()])])]),
        new RoutingConfiguration([new ContactCentre(Centre, "Headquarters", 10, null)], [Queue(Queue999, "999", 1, null, (Centre, 1))], []),
        new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        "publisher@example.org",
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{version}:{agreementId}"))));
}
