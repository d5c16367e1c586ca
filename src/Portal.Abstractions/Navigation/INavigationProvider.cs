namespace Portal.Abstractions.Navigation;

public interface INavigationProvider
{
    /// <summary>Adds this module's items for <paramref name="menu"/> (see <see cref="NavigationMenus"/>).</summary>
    void BuildNavigation(string menu, ICollection<NavigationItem> items);
}
