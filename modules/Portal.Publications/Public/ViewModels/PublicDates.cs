using System.Globalization;

namespace Portal.Publications.Public.ViewModels;

/// <summary>Dates as GOV.UK writes them ("1 October 2026"), in English whatever the server's culture, and in UK time.</summary>
public static class PublicDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Long(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, London).ToString("d MMMM yyyy", English);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
