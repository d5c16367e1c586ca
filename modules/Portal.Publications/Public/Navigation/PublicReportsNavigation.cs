using Portal.Abstractions.Navigation;

namespace Portal.Publications.Public.Navigation;

/// <summary>The force's main-menu entry for its published decision reports (anyone may read them).</summary>
public sealed class PublicReportsNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Main)
        {
            items.Add(new NavigationItem("Decision reports", "~/publications", Order: 50,
                Description: "Read and search the decision reports this force has published."));
        }
    }
}
