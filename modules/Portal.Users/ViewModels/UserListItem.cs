using Portal.Abstractions.Security;
using Portal.Users.Models;

namespace Portal.Users.ViewModels;

public sealed record UserListItem(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, VettingLevel VettingLevel, bool IsLockedOut);
