using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.ViewModels;

/// <summary>A report's public page: its latest published version (Part 1 and what Part 2 withholds), or its withdrawal notice.</summary>
public sealed class PublicReportViewModel(PublishedReport report)
{
    public PublishedReport Report { get; } = report;

    /// <summary>"until 31 March 2031" or "until the related contract expires on 31 March 2031".</summary>
    public static string Until(PublishedExemption exemption) => exemption.ReleaseCondition == ReleaseConditionKind.ContractExpiry
        ? $"until the related contract expires on {PublicDates.Long(exemption.ReleaseOn)}"
        : $"until {PublicDates.Long(exemption.ReleaseOn)}";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.#} MB",
    };
}
