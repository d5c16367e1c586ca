using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Configuration.ViewModels;

namespace Portal.CallRouting.Configuration.Controllers;

/// <summary>
/// The schedule pages: the list, add and change (weekly hours table, bank holidays, date overrides), delete, and the
/// manual override set or lifted with a reason. Every change goes through <see cref="ScheduleRegistry"/>, like the API.
/// </summary>
[Route("routing/schedules")]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ConfigurationSchedulesController(ScheduleRegistry schedules, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ScheduleListViewModel(await schedules.ListAsync(cancellationToken),
            (await authorization.AuthorizeAsync(User, Permissions.EditRoutingPolicy)).Succeeded));

    [HttpGet("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public IActionResult Create() => View(ScheduleFormViewModel.Empty());

    [HttpPost("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Create(ScheduleFormViewModel form, CancellationToken cancellationToken)
    {
        form.IsNew = true;
        ModelState.Clear();
        var (input, origins) = form.ToInput(ModelState);
        if (!ModelState.IsValid)
        {
            return Refused(form);
        }

        var result = await schedules.CreateAsync(input, cancellationToken);
        if (result.Value is { } schedule)
        {
            return Saved($"The schedule {schedule.Code} was added");
        }

        ScheduleFormViewModel.AddErrors(ModelState, result.Errors, origins);
        return Refused(form, result.Status);
    }

    [HttpGet("{code}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit([FromRoute] string code, CancellationToken cancellationToken) =>
        await schedules.FindAsync(code, cancellationToken) is { } schedule ? View(ScheduleFormViewModel.From(schedule)) : NotFound();

    [HttpPost("{code}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit([FromRoute] string code, ScheduleFormViewModel form, CancellationToken cancellationToken)
    {
        form.Code = code;
        form.IsNew = false;
        ModelState.Clear();
        var (input, origins) = form.ToInput(ModelState);
        if (!ModelState.IsValid)
        {
            return await schedules.FindAsync(code, cancellationToken) is null ? NotFound() : Refused(form);
        }

        var result = await schedules.UpdateAsync(code, input, form.VersionId, cancellationToken);
        switch (result.Status)
        {
            case RegistryStatus.NotFound:
                return NotFound();
            case RegistryStatus.Done:
                return Saved($"The schedule {code} was saved");
            case RegistryStatus.Stale when await schedules.FindAsync(code, cancellationToken) is { } current:
                // Show what is stored now; the person repeats their change on top of it.
                ModelState.AddRegistryErrors(result.Errors);
                return Refused(ScheduleFormViewModel.From(current), result.Status);
            default:
                ScheduleFormViewModel.AddErrors(ModelState, result.Errors, origins);
                return Refused(form, result.Status);
        }
    }

    [HttpGet("{code}/delete")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Delete([FromRoute] string code, CancellationToken cancellationToken) =>
        await schedules.FindAsync(code, cancellationToken) is { } schedule ? View(schedule) : NotFound();

    [HttpPost("{code}/delete")]
    [ActionName(nameof(Delete))]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string code, CancellationToken cancellationToken)
    {
        var result = await schedules.DeleteAsync(code, null, cancellationToken);
        switch (result.Status)
        {
            case RegistryStatus.NotFound:
                return NotFound();
            case RegistryStatus.Done:
                return Saved($"The schedule {code} was deleted");
            default:
                ModelState.AddModelError("", result.Errors.Values.SelectMany(m => m).First());
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await schedules.FindAsync(code, cancellationToken) is { } schedule ? View(schedule) : NotFound();
        }
    }

    [HttpGet("{code}/override")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Override([FromRoute] string code, CancellationToken cancellationToken) =>
        await schedules.FindAsync(code, cancellationToken) is { } schedule
            ? View(new ScheduleOverrideFormViewModel { Schedule = schedule, Mode = schedule.ManualOverride?.Mode })
            : NotFound();

    [HttpPost("{code}/override")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Override([FromRoute] string code, ScheduleOverrideFormViewModel form, CancellationToken cancellationToken)
    {
        form.Schedule = await schedules.FindAsync(code, cancellationToken);
        if (form.Schedule is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var until = LondonTime.Parse(form.Until);
        if (!string.IsNullOrWhiteSpace(form.Until) && until is null)
        {
            ModelState.AddModelError(nameof(form.Until), "Enter the date and time the override ends, for example 2026-12-24T18:00, or leave it empty.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        var input = new ManualOverrideInput { Mode = form.Mode, Until = form.Mode == "None" ? null : until, Reason = form.Reason };
        var result = await schedules.OverrideAsync(code, input, RequestActor.Of(HttpContext), null, cancellationToken);
        if (result.Value is { } schedule)
        {
            return Saved(schedule.ManualOverride is null ? $"The manual override of {code} was lifted" : $"The schedule {code} is held {(schedule.ManualOverride.Mode == "ForceOpen" ? "open" : "closed")}");
        }

        ModelState.AddRegistryErrors(result.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    private ViewResult Refused(ScheduleFormViewModel form, RegistryStatus status = RegistryStatus.Invalid)
    {
        Response.StatusCode = status is RegistryStatus.Stale or RegistryStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(form);
    }

    private RedirectToActionResult Saved(string message)
    {
        TempData["Success"] = message;
        return RedirectToAction(nameof(Index));
    }
}
