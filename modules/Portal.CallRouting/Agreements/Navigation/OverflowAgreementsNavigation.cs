using Portal.Abstractions.Navigation;

namespace Portal.CallRouting.Agreements.Navigation;

/// <summary>The call routing section's entry for overflow agreements with partner forces (permission ViewRouting).</summary>
public sealed class OverflowAgreementsNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Overflow agreements", "~/routing/agreements", Order: 270,
                Description: "Agree with partner forces which calls may overflow to them, and answer their proposals.",
                Permission: Permissions.ViewRouting));
        }
    }
}
