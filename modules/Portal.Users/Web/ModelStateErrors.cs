using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Users.Web;

public static class ModelStateErrors
{
    /// <summary>The first error message for <paramref name="key"/>, or null: what a GOV.UK field shows under its label.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Puts each Identity error on the field it is about: password rules, the email address, or the page.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordKey, string emailKey)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordKey,
                "DuplicateEmail" or "DuplicateUserName" => emailKey,
                "InvalidEmail" or "InvalidUserName" => emailKey,
                _ => "",
            };
            var message = error.Code is "DuplicateEmail" or "DuplicateUserName"
                ? "A user with this email address already exists"
                : error.Description;
            if (modelState.ErrorFor(key) != message)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
