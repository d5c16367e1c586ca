using Portal.CallRouting.Agreements;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>
/// Test doubles of the three inputs other parts of the module provide (published plans, live state, agreements),
/// registered in the host so every tenant container gets them, the way a host singleton reaches a tenant. A test sets
/// what they answer.
/// </summary>
public sealed class TestRoutingInputs : IPublishedPlanSource, IRoutingLiveStateReader, IOverflowAgreements
{
    public PublishedRoutingPlan? Plan { get; set; }

    public RoutingLiveState Live { get; set; } = LiveStates.Idle;

    public IReadOnlyList<OverflowAgreementTerms> Agreements { get; set; } = [];

    public Task<PublishedRoutingPlan?> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Plan);

    public Task<RoutingLiveState> SnapshotAsync(CancellationToken cancellationToken) => Task.FromResult(Live);

    public Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(CancellationToken cancellationToken) => Task.FromResult(Agreements);
}
