using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.CallRouting.Contingency.Models;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Contingency.ViewModels;

namespace Portal.CallRouting.Contingency.Controllers;

/// <summary>
/// <c>~/routing/contingency</c>: the contingency plans of the published plan, switched on and off with a reason. The
/// same <see cref="ContingencyActivations"/> as the API, so refusals, audit entries and events are the same either way.
/// </summary>
[Route("routing/contingency")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class ContingencyPlansController(ContingencyActivations activations, IAuthorizationService authorization) : Controller
{
    private const int RecentCount = 20;

    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewRoutingPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, cancellationToken));

    [HttpPost("{code}/activate")]
    [Authorize(Policy = Permissions.ActivateContingencyPolicy)]
    public Task<IActionResult> Activate([FromRoute] string code, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(code, reason, activations.ActivateAsync, "switched on", cancellationToken);

    [HttpPost("{code}/revert")]
    [Authorize(Policy = Permissions.ActivateContingencyPolicy)]
    public Task<IActionResult> Revert([FromRoute] string code, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(code, reason, activations.RevertAsync, "switched off", cancellationToken);

    private async Task<IActionResult> ChangeAsync(string code, string? reason,
        Func<string, string?, string, CancellationToken, Task<ContingencyCommandResult>> change, string done, CancellationToken cancellationToken)
    {
        var result = await change(code, reason, ContingencyActor.Of(User), cancellationToken);
        if (result.Status == ContingencyCommandStatus.Done)
        {
            TempData["Success"] = $"The contingency plan {code} was {done}.";
            return RedirectToAction(nameof(Index));
        }

        var field = ContingencyPageViewModel.ReasonField(code);
        var (status, message) = result.Status switch
        {
            ContingencyCommandStatus.Invalid => (StatusCodes.Status400BadRequest, result.Errors.Values.First()[0]),
            ContingencyCommandStatus.NotFound => (StatusCodes.Status404NotFound, $"The published plan has no contingency plan {code}."),
            ContingencyCommandStatus.AlreadyActive => (StatusCodes.Status409Conflict, $"The contingency plan {code} is already active."),
            ContingencyCommandStatus.NotActive => (StatusCodes.Status409Conflict, $"The contingency plan {code} is not active."),
            _ => (StatusCodes.Status409Conflict, "No routing plan is published."),
        };
        ModelState.AddModelError(field, message);
        Response.StatusCode = status;
        return View(nameof(Index), await PageAsync(code, reason, cancellationToken));
    }

    private async Task<ContingencyPageViewModel> PageAsync(string? failedCode, string? reason, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Contingency plans";
        var canSwitch = (await authorization.AuthorizeAsync(User, Permissions.ActivateContingencyPolicy)).Succeeded;
        return new ContingencyPageViewModel(await activations.ListAsync(cancellationToken), await activations.RecentAsync(RecentCount, cancellationToken),
            canSwitch, failedCode, reason);
    }
}
