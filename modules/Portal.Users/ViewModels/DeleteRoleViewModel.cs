namespace Portal.Users.ViewModels;

public sealed record DeleteRoleViewModel(string Id, string Name, int UserCount);
