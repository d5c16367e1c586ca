using System.Collections.Concurrent;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>Centre states for the plan tests: every centre Normal until a test changes one.</summary>
public sealed class FakeCentreServiceStates(TimeProvider clock) : ICentreServiceStates
{
    private readonly ConcurrentDictionary<string, CentreStatus> _states = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, CentreStatus>> CurrentAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, CentreStatus>>(new Dictionary<string, CentreStatus>(_states));

    public Task<CentreStatus?> ChangeAsync(string centreCode, CentreServiceState state, string reason, string changedBy, CancellationToken cancellationToken)
    {
        var status = new CentreStatus(centreCode, state, reason, changedBy, clock.GetUtcNow());
        _states[centreCode] = status;
        return Task.FromResult<CentreStatus?>(status);
    }
}
