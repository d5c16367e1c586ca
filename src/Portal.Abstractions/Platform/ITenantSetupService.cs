namespace Portal.Abstractions.Platform;

/// <summary>Sets a tenant up by running a recipe; validates all of it before its first step runs.</summary>
public interface ITenantSetupService
{
    /// <summary>Errors that would stop the recipe (bad JSON, unknown step or feature, invalid step); empty when valid.</summary>
    Task<IReadOnlyList<string>> ValidateAsync(string tenantName, string recipeJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the recipe. On success the tenant is Running; on failure it is Uninitialized with the reason in
    /// <c>SetupError</c> and its store is removed, so nothing is half set up.
    /// </summary>
    Task<SetupResult> SetupAsync(string tenantName, string recipeJson, IReadOnlyDictionary<string, string> variables,
        CancellationToken cancellationToken = default);
}
