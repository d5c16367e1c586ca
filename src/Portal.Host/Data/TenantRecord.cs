using Portal.Abstractions.Shell;

namespace Portal.Host.Data;

/// <summary>A tenant's row in the platform store. Lists are stored as JSON columns by EF Core.</summary>
public sealed class TenantRecord
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public TenantState State { get; set; }
    public string? UrlPrefix { get; set; }
    public List<string> Hosts { get; set; } = [];
    public List<string> EnabledFeatures { get; set; } = [];
    public List<string> InstalledFeatures { get; set; } = [];
    public List<string> AllowedFeatures { get; set; } = [];
    public string? Theme { get; set; }
    public string? SetupRecipe { get; set; }
    public string? SetupError { get; set; }
    public Dictionary<string, string> Properties { get; set; } = [];
    public string VersionId { get; set; } = "";
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }

    public ShellSettings ToSettings() => new()
    {
        Name = Name,
        DisplayName = DisplayName,
        State = State,
        UrlPrefix = UrlPrefix,
        Hosts = Hosts.ToArray(),
        EnabledFeatures = EnabledFeatures.ToArray(),
        InstalledFeatures = InstalledFeatures.ToArray(),
        AllowedFeatures = AllowedFeatures.ToArray(),
        Theme = Theme,
        SetupRecipe = SetupRecipe,
        SetupError = SetupError,
        Properties = new Dictionary<string, string>(Properties),
        VersionId = VersionId,
    };

    /// <summary>Copies what an admin or a recipe may change; InstalledFeatures is kept by the activator alone.</summary>
    public void CopyFrom(ShellSettings s)
    {
        DisplayName = s.DisplayName;
        State = s.State;
        UrlPrefix = string.IsNullOrEmpty(s.UrlPrefix) ? null : s.UrlPrefix;
        Hosts = s.Hosts.Select(h => h.ToLowerInvariant()).ToList();
        EnabledFeatures = s.EnabledFeatures.ToList();
        AllowedFeatures = s.AllowedFeatures.ToList();
        Theme = s.Theme;
        SetupRecipe = s.SetupRecipe;
        SetupError = s.SetupError;
        Properties = new Dictionary<string, string>(s.Properties);
    }
}
