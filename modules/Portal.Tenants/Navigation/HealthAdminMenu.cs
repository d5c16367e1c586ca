using Portal.Abstractions.Navigation;

namespace Portal.Tenants.Navigation;

/// <summary>Puts "Health" in the platform's admin side navigation for those who may see it.</summary>
public sealed class HealthAdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Health", "~/admin/health", Order: 90,
                Description: "Readiness of the store, the broker and the cache; messages that failed, with a re-drive.",
                Permission: Permissions.ViewHealth));
        }
    }
}
