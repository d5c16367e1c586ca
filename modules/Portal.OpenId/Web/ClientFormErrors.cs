using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.OpenId.Web;

/// <summary>
/// The registry names wrong fields as the API spells them (camelCase); the form's fields are PascalCase, and the
/// error summary links to the id derived from the model-state key, so each key is re-cased onto its field.
/// </summary>
public static class ClientFormErrors
{
    public static void AddClientErrors(this ModelStateDictionary modelState, IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            var key = field.Length == 0 ? "" : char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>The first error message for <paramref name="key"/>, or null: what a GOV.UK field shows under its label.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
