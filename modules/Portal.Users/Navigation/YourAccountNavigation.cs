using Portal.Abstractions.Navigation;

namespace Portal.Users.Navigation;

public sealed class YourAccountNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Main)
        {
            items.Add(new NavigationItem("Your account", "~/account/profile", Order: 900,
                Description: "Your details, roles and vetting level, and changing your password.", SignedInOnly: true));
        }
    }
}
