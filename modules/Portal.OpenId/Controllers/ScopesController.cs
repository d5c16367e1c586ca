using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using Portal.Abstractions.Modules;
using Portal.OpenId.Services;
using Portal.OpenId.ViewModels;

namespace Portal.OpenId.Controllers;

/// <summary>
/// The scopes of the tenant's server, read-only: they come with the modules (<see cref="PortalScopes"/>) and are
/// registered in the tenant's store when the module is installed. Listed from the store, so this shows what the
/// server really holds, with the portal's description when the store has none.
/// </summary>
[Feature(ManagementStartup.FeatureId)]
[Route("admin/scopes")]
[Authorize(Policy = OpenIdPermissions.ManageClientsPolicy)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ScopesController(IOpenIddictScopeManager scopes) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var known = PortalScopes.All.ToDictionary(s => s.Name, s => s.DisplayName, StringComparer.Ordinal);
        var items = new List<ScopeListItem>();
        await foreach (var scope in scopes.ListAsync(null, null, cancellationToken))
        {
            var name = await scopes.GetNameAsync(scope, cancellationToken) ?? "";
            var description = await scopes.GetDescriptionAsync(scope, cancellationToken)
                ?? await scopes.GetDisplayNameAsync(scope, cancellationToken)
                ?? known.GetValueOrDefault(name, "");
            items.Add(new ScopeListItem(name, description, (await scopes.GetResourcesAsync(scope, cancellationToken)).ToList()));
        }

        // In the portal's own order (sign-in scopes first), then any others by name.
        var order = PortalScopes.All.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return View(items.OrderBy(s => order.GetValueOrDefault(s.Name, int.MaxValue)).ThenBy(s => s.Name, StringComparer.Ordinal).ToList());
    }
}
