using Portal.Abstractions.Navigation;

namespace Portal.CallRouting.Configuration.Navigation;

/// <summary>
/// The "Call routing" entries of the admin area for the configuration (centres, queues, schedules), and the
/// section's entry on the tenant's home page. Orders 100–109 belong to call routing, so its entries stay together.
/// </summary>
public sealed class RoutingConfigurationNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Main)
        {
            items.Add(new NavigationItem("Call routing", "~/routing/centres", Order: 100,
                Description: "The force's contact centres, call queues and opening hours.", Permission: Permissions.ViewRouting));
            return;
        }

        if (menu != NavigationMenus.Admin)
        {
            return;
        }

        items.Add(new NavigationItem("Call routing: contact centres", "~/routing/centres", Order: 100,
            Description: "The force's contact centres and their service state.", Permission: Permissions.ViewRouting));
        items.Add(new NavigationItem("Call routing: queues", "~/routing/queues", Order: 101,
            Description: "The queues 999, 101 and enterprise calls wait in, and the centres that serve them.", Permission: Permissions.ViewRouting));
        items.Add(new NavigationItem("Call routing: schedules", "~/routing/schedules", Order: 102,
            Description: "Opening hours, date overrides and manual overrides.", Permission: Permissions.ViewRouting));
    }
}
