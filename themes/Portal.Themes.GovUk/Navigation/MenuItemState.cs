namespace Portal.Themes.GovUk.Navigation;

/// <summary>How a menu link relates to the page being shown.</summary>
public enum MenuItemState
{
    /// <summary>Elsewhere in the site.</summary>
    None,

    /// <summary>The page is below this link (the link is its section): <c>aria-current="true"</c>.</summary>
    Section,

    /// <summary>The link is this page: <c>aria-current="page"</c>.</summary>
    Current,
}
