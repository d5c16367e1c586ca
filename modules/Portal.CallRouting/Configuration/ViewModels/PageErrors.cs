using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.CallRouting.Configuration.ViewModels;

/// <summary>
/// Puts a registry's errors (keyed by JSON path, camelCase) on a form's model state, keyed by the form's field names,
/// so that the GOV.UK error summary links to the field. <paramref name="map"/> turns a path into a field name; by
/// default the first letter is capitalised (<c>staffedPositions</c> to <c>StaffedPositions</c>).
/// </summary>
public static class PageErrors
{
    public static void AddRegistryErrors(this ModelStateDictionary modelState, IDictionary<string, string[]> errors, Func<string, string>? map = null)
    {
        foreach (var (path, messages) in errors)
        {
            var key = map?.Invoke(path) ?? Pascal(path);
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    public static string Pascal(string path) => path.Length == 0 ? "" : char.ToUpperInvariant(path[0]) + path[1..];

    /// <summary>The first error message for <paramref name="key"/>, or null: what a GOV.UK field shows under its label.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>A whole number typed into a form, or null (then the registry says what is wrong with the field).</summary>
    public static int? Number(string? text) => int.TryParse(text?.Trim(), out var value) ? value : null;
}
