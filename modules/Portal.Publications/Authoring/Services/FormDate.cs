using System.Globalization;

namespace Portal.Publications.Authoring.Services;

/// <summary>A GOV.UK date input (day, month, year as typed) read as a date.</summary>
public static class FormDate
{
    /// <summary>The date; null with no error when nothing was typed (the service then says what is missing); null with an error when it is no date.</summary>
    public static (DateOnly? Date, string? Error) Parse(string? day, string? month, string? year)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            return (null, null);
        }

        if (int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return (new DateOnly(y, m, d), null);
        }

        return (null, "Enter a real date with a day, month and a four-digit year, for example 27 3 2026.");
    }

    public static (string Day, string Month, string Year) Parts(DateOnly date) => date == default
        ? ("", "", "")
        : (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));
}
