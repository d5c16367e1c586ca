namespace Portal.Abstractions.Navigation;

public static class NavigationMenus
{
    /// <summary>The public header navigation and the tenant home page.</summary>
    public const string Main = "main";
    /// <summary>The admin area's side navigation.</summary>
    public const string Admin = "admin";
}
