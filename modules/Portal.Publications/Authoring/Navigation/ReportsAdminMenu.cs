using Portal.Abstractions.Navigation;
using Portal.Publications.Authoring.Services;

namespace Portal.Publications.Authoring.Navigation;

/// <summary>Puts "Decision reports" in the admin navigation, for those who may see the reports in every state.</summary>
public sealed class ReportsAdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Decision reports", AuthoringPaths.List, Order: 70,
                Description: "Write decision reports, review and approve them, publish and withdraw them, and the Part 2 release reviews.",
                Permission: Permissions.ViewPublications));
        }
    }
}
