using Portal.Publications.Index.Models;

namespace Portal.Publications.Index.ViewModels;

/// <summary>The platform's index page: the search as asked, one page of results, and each force's name and report address.</summary>
public sealed class PublicationIndexViewModel
{
    public required PublicationIndexQuery Query { get; init; }

    public required PublicationIndexPage Results { get; init; }

    /// <summary>Force (tenant) name → the name people know it by.</summary>
    public required IReadOnlyDictionary<string, string> ForceNames { get; init; }

    /// <summary>Force (tenant) name → its path base ("/met"), for links to its report pages; absent when the force no longer runs.</summary>
    public required IReadOnlyDictionary<string, string> ForcePaths { get; init; }

    public string ForceName(string tenant) => ForceNames.GetValueOrDefault(tenant, tenant);

    /// <summary>The force's own page of the report, or null when the force no longer runs.</summary>
    public string? ReportUrl(PublicationIndexItem item) =>
        ForcePaths.TryGetValue(item.Tenant, out var path) ? $"{path}/publications/{Uri.EscapeDataString(item.Reference)}" : null;
}
