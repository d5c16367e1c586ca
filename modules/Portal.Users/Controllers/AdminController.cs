using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;
using Portal.Users.Navigation;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>The admin area's start page: a card for each section of the admin menu this user may open.</summary>
[Route("admin")]
[Authorize(Policy = Permissions.AccessAdminPanelPolicy)]
public sealed class AdminController(INavigationManager navigation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var items = await navigation.BuildMenuAsync(NavigationMenus.Admin, User);
        return View(new AdminDashboardViewModel(items.Where(i => i.Url != UsersNavigation.DashboardUrl).ToList()));
    }
}
