using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Abstractions.Navigation;

namespace Portal.Themes.GovUk.Controllers;

/// <summary>
/// The tenant's home page (<c>/{tenant}/</c>): what its enabled modules offer this visitor, taken from the main
/// menu, so a module appears here as soon as it is enabled and disappears when it is disabled.
/// </summary>
[AllowAnonymous]
public sealed class TenantHomeController(INavigationManager navigation) : Controller
{
    /// <remarks>
    /// Cached a minute for anonymous visitors (signed-in people always get a fresh page): it only changes with
    /// the tenant's features or settings, and those release the shell and its cache with it.
    /// </remarks>
    [HttpGet("")]
    [OutputCache(Duration = 60)]
    public async Task<IActionResult> Index()
    {
        var offers = await navigation.BuildMenuAsync(NavigationMenus.Main, User);
        return View(offers);
    }
}
