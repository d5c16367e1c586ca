namespace Portal.Abstractions.Shell;

/// <summary>
/// Immutable snapshot of a tenant's settings as a shell was built from them. A change produces a new snapshot
/// (with a new <see cref="VersionId"/>) and a new shell.
/// </summary>
public sealed record ShellSettings
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public TenantState State { get; init; } = TenantState.Uninitialized;

    /// <summary>First path segment that selects this tenant (no slashes); null or empty for none.</summary>
    public string? UrlPrefix { get; init; }

    /// <summary>Host names that select this tenant; "*.example.org" matches any sub-domain.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    public IReadOnlyList<string> EnabledFeatures { get; init; } = [];

    /// <summary>Features that were enabled at least once (so Installed fires only the first time).</summary>
    public IReadOnlyList<string> InstalledFeatures { get; init; } = [];

    /// <summary>Features this tenant may enable; empty means any that is not Default-only.</summary>
    public IReadOnlyList<string> AllowedFeatures { get; init; } = [];

    public string? Theme { get; init; }
    public string? SetupRecipe { get; init; }
    public string? SetupError { get; init; }

    /// <summary>Tenant-wide settings set by the "settings" recipe step (time zone, contact address, ...).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Optimistic-concurrency token; changes on every save.</summary>
    public string VersionId { get; init; } = Guid.NewGuid().ToString("N");

    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.Ordinal);

    /// <summary>The path base this tenant's pages live under ("" for none, else "/prefix").</summary>
    public string PathBase => string.IsNullOrEmpty(UrlPrefix) ? "" : "/" + UrlPrefix;
}
