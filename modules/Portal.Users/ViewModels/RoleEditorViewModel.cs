using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Users.Services;

namespace Portal.Users.ViewModels;

/// <summary>The create and edit role forms. Bound: name (create only), description and permissions.</summary>
public sealed class RoleEditorViewModel
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string> Permissions { get; set; } = [];

    // For the page only.
    [BindNever]
    public string? Id { get; set; }
    [BindNever]
    public bool IsSystem { get; set; }
    [BindNever]
    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];
}
