using Portal.CallRouting.Domain;

namespace Portal.Benchmarks.Dashboard;

/// <summary>Every centre in Normal service: the dashboard mode changes no state (stand-in for the registry's).</summary>
internal sealed class BenchCentreServiceStates : ICentreServiceStates
{
    public Task<IReadOnlyDictionary<string, CentreStatus>> CurrentAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, CentreStatus>>(new Dictionary<string, CentreStatus>());

    public Task<CentreStatus?> ChangeAsync(string centreCode, CentreServiceState state, string reason, string changedBy, CancellationToken cancellationToken) =>
        Task.FromResult<CentreStatus?>(null);
}
