using Portal.Abstractions.Security;
using Portal.Users.Models;

namespace Portal.Users.ViewModels;

public sealed record YourAccountViewModel(string DisplayName, string Email, IReadOnlyList<string> Roles, VettingLevel VettingLevel);
