namespace Portal.Abstractions.Platform;

/// <summary>Enables and disables features of a tenant: dependencies follow an enable, dependents follow a disable.</summary>
public interface IShellFeatureManager
{
    /// <summary>The features that would be enabled after the change, or a <see cref="FeatureChangeException"/>.</summary>
    IReadOnlyList<string> Plan(string tenantName, IReadOnlyList<string> currentlyEnabled, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable);

    /// <summary>
    /// The features the tenant runs with (its stored set, the always-enabled features and their dependencies,
    /// without platform-only ones outside the platform), or would run with after enabling and disabling the
    /// given ones. Throws <see cref="FeatureChangeException"/> when that change would be refused.
    /// </summary>
    IReadOnlyList<string> EffectiveFeatures(Shell.ShellSettings tenant, IReadOnlyCollection<string>? enable = null,
        IReadOnlyCollection<string>? disable = null);

    /// <summary>Whether the tenant may have the feature at all (platform-only features; its allowed list).</summary>
    bool IsOffered(Shell.ShellSettings tenant, string featureId);

    /// <summary>
    /// Applies the change, raises feature events, releases the shell and returns the resulting enabled set.
    /// <paramref name="expectedVersionId"/> (when given) must match the stored version, else 409.
    /// </summary>
    Task<IReadOnlyList<string>> UpdateAsync(string tenantName, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable,
        string? expectedVersionId, CancellationToken cancellationToken = default);
}
