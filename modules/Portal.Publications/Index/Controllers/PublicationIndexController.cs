using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Publications.Index.Models;
using Portal.Publications.Index.Services;
using Portal.Publications.Index.ViewModels;
using Portal.Publications.Public.Services;

namespace Portal.Publications.Index.Controllers;

/// <summary>
/// The platform's <c>/publications</c>: one public index of every force's decision reports, searched by words and
/// filtered by force, each linking to the force's own page of the report. Anonymous: it holds only what the forces
/// published. Its route wins over a force's own reading site should both features run in the Default tenant.
/// </summary>
[AllowAnonymous]
[Feature(IndexStartup.FeatureId)]
public sealed class PublicationIndexController(PublicationIndexSearch search, IShellSettingsManager tenants) : Controller
{
    /// <remarks>A page number that is not a number reads as the first page: any link a person types gives a result page.</remarks>
    [HttpGet("publications", Order = -1)]
    public async Task<IActionResult> Index(string? q, string? force, string? page, CancellationToken cancellationToken = default)
    {
        var query = new PublicationIndexQuery(q, force, QueryNumber.Parse(page) ?? 1);
        var results = await search.SearchAsync(query, cancellationToken);
        var running = (await tenants.LoadAllAsync(cancellationToken)).Where(t => t is { State: TenantState.Running, IsDefault: false }).ToList();
        return View(new PublicationIndexViewModel
        {
            Query = query,
            Results = results,
            ForceNames = running.ToDictionary(t => t.Name, t => string.IsNullOrWhiteSpace(t.DisplayName) ? t.Name : t.DisplayName, StringComparer.Ordinal),
            ForcePaths = running.Where(t => !string.IsNullOrEmpty(t.UrlPrefix)).ToDictionary(t => t.Name, t => Request.PathBase + t.PathBase, StringComparer.Ordinal),
        });
    }
}
