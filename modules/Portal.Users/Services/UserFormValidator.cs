using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Abstractions.Security;
using Portal.Users.Models;
using Portal.Users.ViewModels;

namespace Portal.Users.Services;

/// <summary>The checks the create and edit user forms share, with GOV.UK-worded messages on their fields.</summary>
internal static class UserFormValidator
{
    public const int MaxDisplayNameLength = 200;

    /// <returns>The vetting level and the chosen roles, trimmed; valid only when the model state is.</returns>
    public static (VettingLevel Level, IReadOnlySet<string> Roles) Validate(
        UserEditorViewModel form, IReadOnlyList<string> availableRoles, bool actorIsAdministrator, IReadOnlySet<string> currentRoles,
        ModelStateDictionary modelState)
    {
        form.DisplayName = form.DisplayName?.Trim();
        form.Email = form.Email?.Trim();

        if (string.IsNullOrEmpty(form.DisplayName))
        {
            modelState.AddModelError(nameof(form.DisplayName), "Enter a display name");
        }
        else if (form.DisplayName.Length > MaxDisplayNameLength)
        {
            modelState.AddModelError(nameof(form.DisplayName), $"Display name must be {MaxDisplayNameLength} characters or fewer");
        }

        if (string.IsNullOrEmpty(form.Email))
        {
            modelState.AddModelError(nameof(form.Email), "Enter an email address");
        }
        else if (!EmailAddresses.IsValid(form.Email))
        {
            modelState.AddModelError(nameof(form.Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (!VettingLevels.TryParse(form.VettingLevel, out var level))
        {
            modelState.AddModelError(nameof(form.VettingLevel), "Select a vetting level");
        }

        var known = availableRoles.ToDictionary(r => r, r => r, StringComparer.OrdinalIgnoreCase);
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in form.Roles.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (known.TryGetValue(name.Trim(), out var role))
            {
                roles.Add(role);
            }
            else
            {
                modelState.AddModelError(nameof(form.Roles), "Select roles from the list");
                break;
            }
        }

        var adminBefore = currentRoles.Contains(RoleNames.Administrator);
        var adminAfter = roles.Contains(RoleNames.Administrator);
        if (adminBefore != adminAfter && !actorIsAdministrator)
        {
            modelState.AddModelError(nameof(form.Roles), "Only an administrator can give or remove the Administrator role");
        }

        return (level, roles);
    }
}
