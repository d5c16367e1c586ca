using System.Globalization;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>
/// Times on the pages are UK local time (Europe/London, across clock changes), as the people using them read a
/// clock; the store and the API keep instants with their offset.
/// </summary>
public static class LondonTime
{
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A <c>datetime-local</c> value read as London time, or null when it is not one (or falls in the spring gap).</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (!DateTime.TryParseExact(text?.Trim(), InputFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || Zone.IsInvalidTime(local))
        {
            return null;
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static string ForInput(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString(InputFormat, CultureInfo.InvariantCulture);

    public static string ForReading(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
}
