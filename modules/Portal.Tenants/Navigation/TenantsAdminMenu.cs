using Portal.Abstractions.Navigation;

namespace Portal.Tenants.Navigation;

/// <summary>Puts "Tenants" in the platform's admin side navigation for those who may see tenants.</summary>
public sealed class TenantsAdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Tenants", "~/admin/tenants", Order: 40,
                Description: "Create tenants, set them up from a recipe, and switch them off or on.",
                Permission: Permissions.ViewTenants));
        }
    }
}
