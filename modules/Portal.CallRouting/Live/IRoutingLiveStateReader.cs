namespace Portal.CallRouting.Live;

/// <summary>Reads the tenant's live state (Redis, or in-process on the embedded default) as one snapshot.</summary>
public interface IRoutingLiveStateReader
{
    Task<RoutingLiveState> SnapshotAsync(CancellationToken cancellationToken);
}
