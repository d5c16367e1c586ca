using Portal.Abstractions.Navigation;

namespace Portal.Users.Navigation;

/// <summary>
/// The admin area's own entries (its dashboard, users, roles) and the "Administration" link in the main menu.
/// Each item names the permission it needs, so people see only what they may open.
/// </summary>
public sealed class UsersNavigation : INavigationProvider
{
    public const string DashboardUrl = "~/admin";

    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        switch (menu)
        {
            case NavigationMenus.Main:
                items.Add(new NavigationItem("Administration", DashboardUrl, Order: 1000,
                    Description: "Manage the people who can sign in, their roles and what each role may do.",
                    Permission: Permissions.AccessAdminPanel));
                break;
            case NavigationMenus.Admin:
                items.Add(new NavigationItem("Dashboard", DashboardUrl, Order: 0,
                    Description: "Everything in the administration area.",
                    Permission: Permissions.AccessAdminPanel));
                items.Add(new NavigationItem("Users", "~/admin/users", Order: 20,
                    Description: "Add people, give them roles and a vetting level, lock accounts and reset passwords.",
                    Permission: Permissions.ManageUsers));
                items.Add(new NavigationItem("Roles", "~/admin/roles", Order: 30,
                    Description: "Create roles and choose which permissions each one holds.",
                    Permission: Permissions.ManageRoles));
                break;
        }
    }
}
