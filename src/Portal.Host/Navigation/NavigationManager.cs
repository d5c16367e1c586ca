using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Abstractions.Navigation;

namespace Portal.Host.Navigation;

/// <summary>Asks every enabled module for its items and keeps those the user is allowed to follow.</summary>
internal sealed class NavigationManager(IEnumerable<INavigationProvider> providers, IAuthorizationService authorization) : INavigationManager
{
    public async Task<IReadOnlyList<NavigationItem>> BuildMenuAsync(string menu, ClaimsPrincipal user)
    {
        var items = new List<NavigationItem>();
        foreach (var provider in providers)
        {
            provider.BuildNavigation(menu, items);
        }

        var visible = new List<NavigationItem>();
        foreach (var item in items.OrderBy(i => i.Order).ThenBy(i => i.Text, StringComparer.CurrentCulture))
        {
            if (item.SignedInOnly && user.Identity?.IsAuthenticated != true)
            {
                continue;
            }

            if (item.Permission is null || (await authorization.AuthorizeAsync(user, item.Permission.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
