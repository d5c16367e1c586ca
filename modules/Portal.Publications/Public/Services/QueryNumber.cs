using System.Globalization;

namespace Portal.Publications.Public.Services;

/// <summary>
/// Reads a whole number from a public page's query string. Pages are lenient (anything else reads as "not given", so
/// any link a person can type gives a result page); the API is strict and refuses it.
/// </summary>
public static class QueryNumber
{
    public static int? Parse(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
