using Portal.Abstractions.Navigation;

namespace Portal.OpenId.Navigation;

/// <summary>The admin area's entries for the tenant's OpenID Connect clients and scopes (permission ManageClients).</summary>
public sealed class OpenIdNavigation : INavigationProvider
{
    public void BuildNavigation(string menu, ICollection<NavigationItem> items)
    {
        if (menu != NavigationMenus.Admin)
        {
            return;
        }

        items.Add(new NavigationItem("Clients", "~/admin/clients", Order: 60,
            Description: "Register the applications that may sign people in or obtain tokens for the tenant's APIs.",
            Permission: OpenIdPermissions.ManageClients));
        items.Add(new NavigationItem("Scopes", "~/admin/scopes", Order: 61,
            Description: "Add and describe the scopes clients may ask for, and see what each gives access to.",
            Permission: OpenIdPermissions.ManageClients));
    }
}
