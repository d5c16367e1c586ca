using Portal.Abstractions.Navigation;

namespace Portal.CallRouting.WhatIf.Navigation;

/// <summary>The admin area's entry for what-if predictions (anyone who may see the routing).</summary>
public sealed class WhatIfNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu != NavigationMenus.Admin)
        {
            return;
        }

        items.Add(new NavigationItem("Call routing: what-if", "~/routing/what-if", Order: 46,
            Description: "Predict how two routing plan versions would answer a day's calls, half hour by half hour, against the 999 target.",
            Permission: Permissions.ViewRouting));
    }
}
