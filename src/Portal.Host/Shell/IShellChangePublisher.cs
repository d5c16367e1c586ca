using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// Tells the other nodes that a tenant's settings were saved, so that they release its shell. Best effort: it
/// never throws, and a signal that is lost is made up for by <see cref="ShellSettingsReconciler"/>.
/// </summary>
public interface IShellChangePublisher
{
    Task PublishAsync(ShellSettings saved, CancellationToken cancellationToken = default);
}
