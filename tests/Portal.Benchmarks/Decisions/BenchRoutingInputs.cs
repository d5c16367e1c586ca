using Portal.CallRouting.Agreements;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.Benchmarks.Decisions;

/// <summary>
/// Stand-ins for the published plan, live state and agreements while their own implementations are not in this
/// branch: registered in the host, so every tenant container gets them as it gets any host singleton. A module that
/// registers a real implementation in the tenant overrides them (the mode prints which ones served).
/// </summary>
public sealed class BenchRoutingInputs(PublishedRoutingPlan plan, RoutingLiveState live) : IPublishedPlanSource, IRoutingLiveStateReader, IOverflowAgreements
{
    private readonly Task<PublishedRoutingPlan?> _plan = Task.FromResult<PublishedRoutingPlan?>(plan);
    private readonly Task<RoutingLiveState> _live = Task.FromResult(live);
    private readonly Task<IReadOnlyList<OverflowAgreementTerms>> _agreements = Task.FromResult<IReadOnlyList<OverflowAgreementTerms>>([]);

    public Task<PublishedRoutingPlan?> CurrentAsync(CancellationToken cancellationToken) => _plan;

    public Task<RoutingLiveState> SnapshotAsync(CancellationToken cancellationToken) => _live;

    public Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(CancellationToken cancellationToken) => _agreements;
}
