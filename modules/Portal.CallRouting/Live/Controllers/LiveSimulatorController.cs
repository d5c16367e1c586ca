using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Modules;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Services;
using Portal.CallRouting.Live.ViewModels;
using Portal.CallRouting.Simulator;
using Portal.CallRouting.Simulator.Endpoints;
using Portal.CallRouting.Simulator.Services;

namespace Portal.CallRouting.Live.Controllers;

/// <summary>
/// The dashboard's simulator buttons (feature Portal.CallRouting.Simulator, permission EditRouting): start with the
/// form's parameters, or stop. Errors are shown on the dashboard with the GOV.UK error summary; success returns to it.
/// </summary>
[Feature(SimulatorStartup.FeatureId)]
[Route("routing/dashboard/simulator")]
[Authorize(Policy = Permissions.EditRoutingPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LiveSimulatorController(TrafficSimulator simulator, IRoutingDirectory directory, CachedLiveState live, PartnerActivityReader partners,
    Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : Controller
{
    [HttpPost("start")]
    public async Task<IActionResult> Start(SimulatorFormViewModel form, CancellationToken cancellationToken)
    {
        var configuration = await directory.CurrentAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            var (parameters, malformed, unknown) = SimulationParametersValidator.Validate(form.ToInput(), configuration);
            foreach (var (key, messages) in malformed.Concat(unknown))
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(FormKey(key), message);
                }
            }

            if (parameters is not null)
            {
                if (await simulator.StartAsync(parameters, configuration, SimulatorApi.ActorOf(User), cancellationToken) is null)
                {
                    ModelState.AddModelError("", "The simulator is already running: stop it first.");
                }
                else
                {
                    return Redirect(Url.Content("~/routing/dashboard"));
                }
            }
        }

        return await DashboardAsync(form, cancellationToken);
    }

    [HttpPost("stop")]
    public async Task<IActionResult> Stop(CancellationToken cancellationToken)
    {
        await simulator.StopAsync(SimulatorApi.ActorOf(User), cancellationToken);
        return Redirect(Url.Content("~/routing/dashboard"));
    }

    private async Task<IActionResult> DashboardAsync(SimulatorFormViewModel form, CancellationToken cancellationToken)
    {
        var dashboard = new LiveDashboardController(live, partners, authorization) { ControllerContext = ControllerContext };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/LiveDashboard/Index.cshtml", await dashboard.BuildAsync(form, cancellationToken));
    }

    // The validator names API fields ("arrivalsPerSecond.Q1"); the form's inputs are "CallsPerMinute[Q1]".
    private static string FormKey(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var (field, code) = dot < 0 ? (key, null) : (key[..dot], key[(dot + 1)..]);
        var name = field switch
        {
            "arrivalsPerSecond" => nameof(SimulatorFormViewModel.CallsPerMinute),
            "agentsPerCentre" => nameof(SimulatorFormViewModel.Agents),
            "meanHandlingSeconds" => nameof(SimulatorFormViewModel.MeanHandlingSeconds),
            "distribution" => nameof(SimulatorFormViewModel.Distribution),
            "meanPatienceSeconds" => nameof(SimulatorFormViewModel.MeanPatienceSeconds),
            _ => field,
        };
        return code is null ? name : $"{name}[{code}]";
    }
}
