using Portal.Abstractions.Security;

namespace Portal.Users.Services;

/// <summary>The permissions one module declares, under the module's name.</summary>
public sealed record PermissionGroup(string Name, IReadOnlyList<Permission> Permissions);
