using Portal.Abstractions.Shell;

namespace Portal.Abstractions.Platform;

/// <summary>Reads and writes tenants in the platform store. Saving releases the tenant's shell on every node.</summary>
public interface IShellSettingsManager
{
    Task<IReadOnlyList<ShellSettings>> LoadAllAsync(CancellationToken cancellationToken = default);

    Task<ShellSettings?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a new tenant; throws <see cref="TenantConflictException"/> when the name, prefix or host is taken.</summary>
    Task<ShellSettings> CreateAsync(ShellSettings settings, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves when the stored version still equals <paramref name="settings"/>'s <see cref="ShellSettings.VersionId"/>;
    /// otherwise throws <see cref="TenantConflictException"/>. Returns the saved settings with a new version.
    /// </summary>
    Task<ShellSettings> UpdateAsync(ShellSettings settings, CancellationToken cancellationToken = default);
}
