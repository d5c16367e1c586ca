using System.Globalization;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Authoring.ViewModels;

/// <summary>How the editors' pages write states, dates and sizes for people.</summary>
public static class ReportDisplay
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string StateText(ReportState state) => state switch
    {
        ReportState.InReview => "In review",
        _ => state.ToString(),
    };

    public static string StateTagClass(ReportState state) => state switch
    {
        ReportState.Draft => "govuk-tag govuk-tag--grey",
        ReportState.InReview => "govuk-tag govuk-tag--blue",
        ReportState.Approved => "govuk-tag govuk-tag--purple",
        ReportState.Published => "govuk-tag govuk-tag--green",
        ReportState.Withdrawn => "govuk-tag govuk-tag--red",
        _ => "govuk-tag",
    };

    /// <summary>An instant in Europe/London time, as "27 Nov 2026 14:05".</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, London).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly date) => date == default ? "" : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    public static string Release(Part2Section section) => section.ReleaseCondition switch
    {
        ReleaseConditionKind.ContractExpiry => $"When the contract {section.ContractName} expires ({Date(section.ReleaseOn)})",
        ReleaseConditionKind.FixedDate => $"On {Date(section.ReleaseOn)}",
        _ => "",
    };
}
