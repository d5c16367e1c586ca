using System.Collections.Concurrent;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>Stands in for the registry's centre states: keeps each change, refuses centres the directory lacks.</summary>
public sealed class FakeCentreServiceStates(IRoutingDirectory directory, TimeProvider clock) : ICentreServiceStates
{
    private readonly ConcurrentDictionary<string, CentreStatus> _current = new(StringComparer.Ordinal);

    public ConcurrentQueue<CentreStatus> Changes { get; } = new();

    public Task<IReadOnlyDictionary<string, CentreStatus>> CurrentAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, CentreStatus>>(new Dictionary<string, CentreStatus>(_current));

    public async Task<CentreStatus?> ChangeAsync(string centreCode, CentreServiceState state, string reason, string changedBy, CancellationToken cancellationToken)
    {
        if ((await directory.CurrentAsync(cancellationToken)).Centre(centreCode) is null)
        {
            return null;
        }

        var status = new CentreStatus(centreCode, state, reason, changedBy, clock.GetUtcNow());
        _current[centreCode] = status;
        Changes.Enqueue(status);
        return status;
    }
}
