using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Features.Services;
using Portal.Features.ViewModels;

namespace Portal.Features.Controllers;

/// <summary>The module catalogue page: every module and feature, plug-ins marked, refused plug-ins with why.</summary>
[Route("admin/modules")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ModulesAdminController(ModuleCatalogReader reader, FeatureNames names) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewModulesPolicy)]
    public IActionResult Index()
    {
        var catalog = reader.Read();
        var categories = catalog.Features
            .GroupBy(f => f.Category)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new CatalogCategory(g.Key, g.OrderBy(f => f.Name, StringComparer.CurrentCulture).ToList()))
            .ToList();
        ViewData["Title"] = "Modules";
        return View(new ModulesViewModel(categories, catalog.RefusedPlugins, names));
    }
}
