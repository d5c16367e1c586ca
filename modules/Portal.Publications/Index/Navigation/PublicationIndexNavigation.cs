using Portal.Abstractions.Navigation;

namespace Portal.Publications.Index.Navigation;

/// <summary>The platform's main-menu entry for the index of every force's decision reports (anyone may read it).</summary>
public sealed class PublicationIndexNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Main)
        {
            items.Add(new NavigationItem("Decision reports", "~/publications", Order: 50,
                Description: "Search the decision reports every police force on the platform has published."));
        }
    }
}
