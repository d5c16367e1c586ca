using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Live.Models;
using Portal.CallRouting.Live.Services;
using Portal.CallRouting.Live.ViewModels;
using Portal.CallRouting.Simulator.Services;

namespace Portal.CallRouting.Live.Controllers;

/// <summary>
/// <c>~/routing/dashboard</c>: the live state as tables (complete without JavaScript: refresh the page), with a chart
/// and live updates from <c>~/routing/dashboard/stream</c> where scripts run. The simulator's controls appear when its
/// feature is enabled.
/// </summary>
[Route("routing/dashboard")]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LiveDashboardController(CachedLiveState live, PartnerActivityReader partners, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await BuildAsync(form: null, cancellationToken));

    internal async Task<LiveDashboardViewModel> BuildAsync(SimulatorFormViewModel? form, CancellationToken cancellationToken)
    {
        var view = await live.CurrentAsync(cancellationToken);
        var simulator = HttpContext.RequestServices.GetService<TrafficSimulator>();
        var canControl = simulator is not null && (await authorization.AuthorizeAsync(User, Permissions.EditRoutingPolicy)).Succeeded;
        Response.Headers.CacheControl = "no-store";
        return new LiveDashboardViewModel
        {
            State = LiveStateResponse.From(view) with { Partners = await partners.CurrentAsync(cancellationToken) },
            Configuration = view.Configuration,
            Simulator = simulator?.Status,
            CanControlSimulator = canControl,
            Form = canControl && simulator?.Status.Running == false ? form ?? SimulatorFormViewModel.Defaults(view.Configuration) : null,
        };
    }
}
