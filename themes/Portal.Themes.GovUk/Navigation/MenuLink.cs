namespace Portal.Themes.GovUk.Navigation;

/// <summary>A menu item ready to render: its text, its URL with the tenant's path base, and whether it is the page.</summary>
public sealed record MenuLink(string Text, string Href, MenuItemState State, string? Description = null)
{
    /// <summary>The value of <c>aria-current</c>, or null when the attribute should be left out.</summary>
    public string? AriaCurrent => State switch
    {
        MenuItemState.Current => "page",
        MenuItemState.Section => "true",
        _ => null,
    };

    public bool IsActive => State != MenuItemState.None;
}
