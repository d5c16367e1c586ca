using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Configuration.ViewModels;

namespace Portal.CallRouting.Configuration.Controllers;

/// <summary>
/// The contact centre pages: the list with each centre's service state, add, change, delete, change of state with
/// a reason, and the state history. Every change goes through <see cref="CentreRegistry"/>, like the API, so
/// validation, refusals and audit entries are the same either way. The code is bound from the address only.
/// </summary>
[Route("routing/centres")]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ConfigurationCentresController(CentreRegistry centres, ScheduleRegistry schedules, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CentreListViewModel(await centres.ListAsync(cancellationToken), await CanEditAsync()));

    [HttpGet("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new CentreFormViewModel { IsNew = true, Schedules = await schedules.ListAsync(cancellationToken) });

    [HttpPost("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Create(CentreFormViewModel form, CancellationToken cancellationToken)
    {
        form.IsNew = true;
        var result = await centres.CreateAsync(form.ToInput(), cancellationToken);
        if (result.Value is { } centre)
        {
            return Saved($"The centre {centre.Code} was added");
        }

        return await Refused(form, result.Errors, cancellationToken);
    }

    [HttpGet("{code}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit([FromRoute] string code, CancellationToken cancellationToken)
    {
        if (await centres.FindAsync(code, cancellationToken) is not { } centre)
        {
            return NotFound();
        }

        var form = CentreFormViewModel.From(centre);
        form.Schedules = await schedules.ListAsync(cancellationToken);
        return View(form);
    }

    [HttpPost("{code}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit([FromRoute] string code, CentreFormViewModel form, CancellationToken cancellationToken)
    {
        form.Code = code;
        form.IsNew = false;
        var result = await centres.UpdateAsync(code, form.ToInput(), form.VersionId, cancellationToken);
        return result.Status switch
        {
            RegistryStatus.NotFound => NotFound(),
            RegistryStatus.Done => Saved($"The centre {code} was saved"),
            _ => await Refused(form, result.Errors, cancellationToken, result.Status == RegistryStatus.Stale),
        };
    }

    [HttpGet("{code}/delete")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Delete([FromRoute] string code, CancellationToken cancellationToken) =>
        await ConfirmAsync(code, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{code}/delete")]
    [ActionName(nameof(Delete))]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string code, CancellationToken cancellationToken)
    {
        var result = await centres.DeleteAsync(code, null, cancellationToken);
        switch (result.Status)
        {
            case RegistryStatus.NotFound:
                return NotFound();
            case RegistryStatus.Done:
                return Saved($"The centre {code} was deleted");
            default:
                ModelState.AddModelError("", result.Errors.Values.SelectMany(m => m).First());
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ConfirmAsync(code, cancellationToken) is { } model ? View(model) : NotFound();
        }
    }

    [HttpGet("{code}/state")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> State([FromRoute] string code, CancellationToken cancellationToken) =>
        await centres.FindAsync(code, cancellationToken) is { } centre
            ? View(new CentreStateFormViewModel { Centre = centre, State = centre.State })
            : NotFound();

    [HttpPost("{code}/state")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> State([FromRoute] string code, CentreStateFormViewModel form, CancellationToken cancellationToken)
    {
        var result = await centres.ChangeStateAsync(code, new() { State = form.State, Reason = form.Reason }, RequestActor.Of(HttpContext), cancellationToken);
        if (result.Status == RegistryStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Value is { } centre)
        {
            return Saved($"The centre {code} is now {CentreStateDisplay.Label(centre.State)}");
        }

        ModelState.AddRegistryErrors(result.Errors);
        form.Centre = await centres.FindAsync(code, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [HttpGet("{code}/history")]
    public async Task<IActionResult> History([FromRoute] string code, CancellationToken cancellationToken)
    {
        var centre = await centres.FindAsync(code, cancellationToken);
        var history = await centres.HistoryAsync(code, cancellationToken);
        return centre is null || history is null ? NotFound() : View(new CentreHistoryViewModel(centre, history));
    }

    private async Task<IActionResult> Refused(CentreFormViewModel form, IDictionary<string, string[]> errors, CancellationToken cancellationToken, bool stale = false)
    {
        ModelState.AddRegistryErrors(errors);
        form.Schedules = await schedules.ListAsync(cancellationToken);
        if (stale && await centres.FindAsync(form.Code!, cancellationToken) is { } current)
        {
            // Show what is stored now; the person repeats their change on top of it.
            form = CentreFormViewModel.From(current);
            form.Schedules = await schedules.ListAsync(cancellationToken);
            ModelState.Clear();
            ModelState.AddRegistryErrors(errors);
        }

        Response.StatusCode = stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(form);
    }

    private async Task<CentreDeleteViewModel?> ConfirmAsync(string code, CancellationToken cancellationToken) =>
        await centres.FindAsync(code, cancellationToken) is { } centre
            ? new CentreDeleteViewModel(centre, await centres.QueuesServedByAsync(code, cancellationToken))
            : null;

    private async Task<bool> CanEditAsync() => (await authorization.AuthorizeAsync(User, Permissions.EditRoutingPolicy)).Succeeded;

    private RedirectToActionResult Saved(string message)
    {
        TempData["Success"] = message;
        return RedirectToAction(nameof(Index));
    }
}
