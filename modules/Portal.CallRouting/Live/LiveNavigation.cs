using Portal.Abstractions.Navigation;

namespace Portal.CallRouting.Live;

/// <summary>The admin area's entry for the live dashboard (permission ViewRouting).</summary>
public sealed class LiveNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu != NavigationMenus.Admin)
        {
            return;
        }

        items.Add(new NavigationItem("Call routing: live dashboard", "~/routing/dashboard", Order: 40,
            Description: "Calls waiting, oldest wait, answered within 10 seconds and abandoned calls per queue; each centre's service state. Updates live.",
            Permission: Permissions.ViewRouting));
    }
}
