using Portal.Abstractions.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Users.ViewModels;

/// <summary>
/// The create and edit user forms. The form binds the plain properties; the [BindNever] ones are filled in by the
/// controller for the page, so a crafted form cannot set them. Passwords are only used when creating.
/// </summary>
public sealed class UserEditorViewModel
{
    [BindNever]
    public string? Id { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? VettingLevel { get; set; }
    public List<string> Roles { get; set; } = [];

    // For the page only.
    [BindNever]
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
    [BindNever]
    public bool IsLockedOut { get; set; }
    [BindNever]
    public bool IsSelf { get; set; }
    /// <summary>Only administrators may give or take the Administrator role.</summary>
    [BindNever]
    public bool CanManageAdministrators { get; set; }
}
