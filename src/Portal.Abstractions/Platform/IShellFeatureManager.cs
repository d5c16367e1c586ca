namespace Portal.Abstractions.Platform;

/// <summary>Enables and disables features of a tenant: dependencies follow an enable, dependents follow a disable.</summary>
public interface IShellFeatureManager
{
    /// <summary>The features that would be enabled after the change, or a <see cref="FeatureChangeException"/>.</summary>
    IReadOnlyList<string> Plan(string tenantName, IReadOnlyList<string> currentlyEnabled, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable);

    /// <summary>
    /// Applies the change, raises feature events, releases the shell and returns the resulting enabled set.
    /// <paramref name="expectedVersionId"/> (when given) must match the stored version, else 409.
    /// </summary>
    Task<IReadOnlyList<string>> UpdateAsync(string tenantName, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable,
        string? expectedVersionId, CancellationToken cancellationToken = default);
}
