namespace Portal.Abstractions.Modules;

/// <summary>
/// Told about feature changes in the tenant's container. Installed runs once, on a feature's first enable ever
/// in that tenant (after its migrations); Enabled runs on every enable; Disabled runs in the old container,
/// before it is released.
/// </summary>
public interface IFeatureEventHandler
{
    Task InstalledAsync(string featureId, CancellationToken cancellationToken) => Task.CompletedTask;
    Task EnabledAsync(string featureId, CancellationToken cancellationToken) => Task.CompletedTask;
    Task DisabledAsync(string featureId, CancellationToken cancellationToken) => Task.CompletedTask;
}
