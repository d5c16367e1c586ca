namespace Portal.Users.ViewModels;

public sealed record DeleteUserViewModel(string Id, string DisplayName, string Email);
