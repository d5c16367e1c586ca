using Portal.Publications.Reports.Models;

namespace Portal.Publications.Sensitive.ViewModels;

/// <summary>The Part 2 page: the published part and the dates in the form the page shows them.</summary>
public sealed class Part2ViewModel(SensitivePart part)
{
    public SensitivePart Part { get; } = part;

    public string PublishedOn => Part.PublishedAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024):0.0} MB";
}
