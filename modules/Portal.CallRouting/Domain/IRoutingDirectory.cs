namespace Portal.CallRouting.Domain;

/// <summary>Reads the tenant's current routing configuration (centres, queues, schedules) from its store.</summary>
public interface IRoutingDirectory
{
    Task<RoutingConfiguration> CurrentAsync(CancellationToken cancellationToken);
}
