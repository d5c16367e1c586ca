using Portal.Abstractions.Navigation;

namespace Portal.CallRouting.Contingency.Navigation;

/// <summary>Puts "Contingency plans" in the admin navigation for those who may switch them.</summary>
public sealed class ContingencyMenu : INavigationProvider
{
    public const string Url = "~/routing/contingency";

    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Call routing: contingency plans", Url, Order: 45,
                Description: "Switch a queue to a contingency plan approved in advance, and back.",
                Permission: Permissions.ActivateContingency));
        }
    }
}
