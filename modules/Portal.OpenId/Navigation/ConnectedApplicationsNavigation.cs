using Portal.Abstractions.Navigation;

namespace Portal.OpenId.Navigation;

/// <summary>A signed-in person's own list of the applications they allowed (next to "Your account").</summary>
public sealed class ConnectedApplicationsNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Main)
        {
            items.Add(new NavigationItem("Connected applications", "~/account/applications", Order: 905,
                Description: "The applications you allowed to use your account, and revoking that access.", SignedInOnly: true));
        }
    }
}
