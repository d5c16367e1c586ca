using Portal.Abstractions.Navigation;

namespace Portal.CallRouting.Plans.Navigation;

/// <summary>Puts "Routing plans" in the admin navigation, for those who may see the routing.</summary>
public sealed class RoutingPlansMenu : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Call routing: plans", "~/routing/plans", Order: 62,
                Description: "The routing plan versions: drafts, approval, publication, history and differences.",
                Permission: Permissions.ViewRouting));
        }
    }
}
