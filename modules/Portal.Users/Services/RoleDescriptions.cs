using Portal.Abstractions.Security;

namespace Portal.Users.Services;

/// <summary>What the well-known roles are for, used when a role is created without a description.</summary>
internal static class RoleDescriptions
{
    public const string Administrator = "Holds every permission of every enabled module. A system role: it cannot be changed or deleted.";

    public static string For(string roleName) => roleName switch
    {
        RoleNames.Administrator => Administrator,
        RoleNames.Editor => "Changes content and configuration in the modules that give editors permissions.",
        RoleNames.Viewer => "Reads what the modules that give viewers permissions show.",
        _ => "",
    };

    public static bool IsSystem(string? roleName) => string.Equals(roleName, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);
}
