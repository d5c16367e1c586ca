using Portal.Abstractions.Shell;

namespace Portal.Tenants.Models;

/// <summary>A tenant as the API shows it. <see cref="VersionId"/> is also sent as the ETag.</summary>
public record TenantResponse
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public required TenantState State { get; init; }
    public string? UrlPrefix { get; init; }
    public required IReadOnlyList<string> Hosts { get; init; }

    /// <summary>The features the tenant runs with: its own, the always-enabled ones and their dependencies.</summary>
    public required IReadOnlyList<string> EnabledFeatures { get; init; }

    public string? SetupRecipe { get; init; }

    /// <summary>Why the last setup failed; null once the tenant is set up.</summary>
    public string? SetupError { get; init; }

    public required string VersionId { get; init; }
}
