namespace Portal.Users.ViewModels;

public sealed record UserListViewModel(string? Query, int Page, int PageCount, int Total, IReadOnlyList<UserListItem> Users)
{
    public const int PageSize = 20;
}
