namespace Portal.Users.ViewModels;

public sealed record RoleListItem(string Id, string Name, string Description, int UserCount, int PermissionCount, bool IsSystem);
