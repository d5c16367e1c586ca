using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Users.ViewModels;

namespace Portal.Users.Services;

/// <summary>The checks of the role forms, with GOV.UK-worded messages on their fields.</summary>
internal static partial class RoleFormValidator
{
    public const int MaxNameLength = 50;
    public const int MaxDescriptionLength = 500;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 \-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public static void ValidateName(RoleEditorViewModel form, ModelStateDictionary modelState)
    {
        form.Name = form.Name?.Trim();
        if (string.IsNullOrEmpty(form.Name))
        {
            modelState.AddModelError(nameof(form.Name), "Enter a role name");
        }
        else if (form.Name.Length > MaxNameLength)
        {
            modelState.AddModelError(nameof(form.Name), $"Role name must be {MaxNameLength} characters or fewer");
        }
        else if (!NamePattern().IsMatch(form.Name))
        {
            modelState.AddModelError(nameof(form.Name), "Role name must start with a letter or a digit and contain only letters, digits, spaces and hyphens");
        }
    }

    /// <returns>The permissions chosen, each one declared by an enabled feature.</returns>
    public static IReadOnlySet<string> ValidateDetails(RoleEditorViewModel form, PermissionCatalog permissions, ModelStateDictionary modelState)
    {
        form.Description = form.Description?.Trim();
        if (form.Description?.Length > MaxDescriptionLength)
        {
            modelState.AddModelError(nameof(form.Description), $"Description must be {MaxDescriptionLength} characters or fewer");
        }

        var chosen = form.Permissions.Where(p => !string.IsNullOrWhiteSpace(p)).ToHashSet(StringComparer.Ordinal);
        if (chosen.Any(p => !permissions.IsDeclared(p)))
        {
            modelState.AddModelError(nameof(form.Permissions), "Select permissions from the list");
        }

        return chosen;
    }
}
