using Portal.Abstractions.Navigation;

namespace Portal.Audit.Navigation;

/// <summary>Puts "Audit log" in the admin side navigation for those who may read it.</summary>
public sealed class AuditAdminMenu : INavigationProvider
{
    public const string Url = "~/admin/audit";

    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu == NavigationMenus.Admin)
        {
            items.Add(new NavigationItem("Audit log", Url, Order: 80,
                Description: "Who did what, when and from where; export it and check that nothing was changed.",
                Permission: Permissions.ViewAuditLog));
        }
    }
}
