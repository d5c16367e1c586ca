using System.Security.Claims;

namespace Portal.Abstractions.Navigation;

/// <summary>Collects a menu from every enabled module, filtered by what the user may see, in order.</summary>
public interface INavigationManager
{
    Task<IReadOnlyList<NavigationItem>> BuildMenuAsync(string menu, ClaimsPrincipal user);
}
