using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;

namespace Portal.Themes.GovUk.Navigation;

/// <summary>
/// Turns a built menu into links and marks the one for the page being shown. Links are compared after
/// <c>Url.Content</c> resolved them, so both sides include the tenant's path base ("/met/admin/users").
/// At most one link is marked: the exact page if it is in the menu, else the closest section above it.
/// </summary>
public static class MenuMatcher
{
    public static IReadOnlyList<MenuLink> ToLinks(IEnumerable<NavigationItem> items, IUrlHelper url, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(request);

        var links = items
            .Select(item => new MenuLink(item.Text, url.Content(item.Url), MenuItemState.None, item.Description))
            .ToList();

        var states = links.Select(link => Match(request, link.Href)).ToList();
        var active = states.IndexOf(MenuItemState.Current);
        if (active < 0)
        {
            active = Enumerable.Range(0, links.Count)
                .Where(i => states[i] == MenuItemState.Section)
                .OrderByDescending(i => links[i].Href.Length)
                .DefaultIfEmpty(-1)
                .First();
        }

        if (active >= 0)
        {
            links[active] = links[active] with { State = states[active] };
        }

        return links;
    }

    public static MenuItemState Match(HttpRequest request, string resolvedUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(resolvedUrl);

        var link = TrimTrailingSlash(StripQueryAndFragment(resolvedUrl));
        var page = TrimTrailingSlash(request.PathBase.Add(request.Path).Value ?? "");

        if (string.Equals(link, page, StringComparison.OrdinalIgnoreCase))
        {
            return MenuItemState.Current;
        }

        // The tenant's home link would otherwise be the section of every page.
        var home = TrimTrailingSlash(request.PathBase.Value ?? "");
        var isHome = string.Equals(link, home, StringComparison.OrdinalIgnoreCase);
        if (!isHome && page.StartsWith(link + "/", StringComparison.OrdinalIgnoreCase))
        {
            return MenuItemState.Section;
        }

        return MenuItemState.None;
    }

    private static string StripQueryAndFragment(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }

    private static string TrimTrailingSlash(string path) => path.TrimEnd('/');
}
