using Microsoft.AspNetCore.Identity;

namespace Portal.Users.Models;

/// <summary>A role of one tenant; its permissions are role claims of type <c>Permission</c>.</summary>
public class PortalRole : IdentityRole
{
    public PortalRole() { }

    public PortalRole(string roleName) : base(roleName) { }

    public string Description { get; set; } = "";
}
