using Portal.Abstractions.Security;
using Portal.Users.Models;

namespace Portal.Users.RecipeSteps;

/// <summary>One entry of a <c>users</c> step, read and checked.</summary>
internal sealed record RecipeUser(string Email, string Password, string DisplayName, IReadOnlyList<string> Roles, VettingLevel VettingLevel);
