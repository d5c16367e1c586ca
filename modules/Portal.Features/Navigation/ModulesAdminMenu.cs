using Portal.Abstractions.Navigation;

namespace Portal.Features.Navigation;

/// <summary>Puts "Modules" in the platform's admin side navigation for those who may see the catalogue.</summary>
public sealed class ModulesAdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Modules", "~/admin/modules", Order: 50,
                Description: "The modules and features the platform has, plug-ins included, and the plug-ins it refused.",
                Permission: Permissions.ViewModules));
        }
    }
}
