namespace Portal.Abstractions.Security;

/// <summary>The permissions a module gives a well-known role by default (for example Administrator, Editor).</summary>
public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);
