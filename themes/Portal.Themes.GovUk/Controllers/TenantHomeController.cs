using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;

namespace Portal.Themes.GovUk.Controllers;

/// <summary>
/// The tenant's home page (<c>/{tenant}/</c>): what its enabled modules offer this visitor, taken from the main
/// menu, so a module appears here as soon as it is enabled and disappears when it is disabled.
/// </summary>
[AllowAnonymous]
public sealed class TenantHomeController(INavigationManager navigation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var offers = await navigation.BuildMenuAsync(NavigationMenus.Main, User);
        return View(offers);
    }
}
