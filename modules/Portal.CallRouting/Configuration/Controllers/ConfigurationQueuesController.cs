using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Configuration.ViewModels;

namespace Portal.CallRouting.Configuration.Controllers;

/// <summary>
/// The queue pages: the list, add, change (with serving centres and their preferences) and delete. Every change goes
/// through <see cref="QueueRegistry"/>, like the API. The code is bound from the address only.
/// </summary>
[Route("routing/queues")]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ConfigurationQueuesController(
    QueueRegistry queues, CentreRegistry centres, ScheduleRegistry schedules, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new QueueListViewModel(await queues.ListAsync(cancellationToken),
            (await authorization.AuthorizeAsync(User, Permissions.EditRoutingPolicy)).Succeeded));

    [HttpGet("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(await WithChoicesAsync(new QueueFormViewModel { IsNew = true, Distribution = "longest-idle", Priority = "1" }, cancellationToken));

    [HttpPost("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Create(QueueFormViewModel form, CancellationToken cancellationToken)
    {
        form.IsNew = true;
        var (input, rows) = form.ToInput();
        var result = await queues.CreateAsync(input, cancellationToken);
        return result.Value is { } queue ? Saved($"The queue {queue.Code} was added") : await RefusedAsync(form, result, rows, cancellationToken);
    }

    [HttpGet("{code}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit([FromRoute] string code, CancellationToken cancellationToken) =>
        await queues.FindAsync(code, cancellationToken) is { } queue
            ? View(await WithChoicesAsync(QueueFormViewModel.From(queue), cancellationToken))
            : NotFound();

    [HttpPost("{code}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit([FromRoute] string code, QueueFormViewModel form, CancellationToken cancellationToken)
    {
        form.Code = code;
        form.IsNew = false;
        var (input, rows) = form.ToInput();
        var result = await queues.UpdateAsync(code, input, form.VersionId, cancellationToken);
        return result.Status switch
        {
            RegistryStatus.NotFound => NotFound(),
            RegistryStatus.Done => Saved($"The queue {code} was saved"),
            _ => await RefusedAsync(form, result, rows, cancellationToken),
        };
    }

    [HttpGet("{code}/delete")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Delete([FromRoute] string code, CancellationToken cancellationToken) =>
        await queues.FindAsync(code, cancellationToken) is { } queue ? View(queue) : NotFound();

    [HttpPost("{code}/delete")]
    [ActionName(nameof(Delete))]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string code, CancellationToken cancellationToken)
    {
        var result = await queues.DeleteAsync(code, null, cancellationToken);
        return result.Status == RegistryStatus.Done ? Saved($"The queue {code} was deleted") : NotFound();
    }

    private async Task<IActionResult> RefusedAsync(QueueFormViewModel form, RegistryResult<QueueResponse> result, IReadOnlyList<int> rows,
        CancellationToken cancellationToken)
    {
        var stale = result.Status == RegistryStatus.Stale;
        if (stale && await queues.FindAsync(form.Code!, cancellationToken) is { } current)
        {
            // Show what is stored now; the person repeats their change on top of it.
            form = QueueFormViewModel.From(current);
        }

        await WithChoicesAsync(form, cancellationToken);
        ModelState.Clear();
        ModelState.AddRegistryErrors(result.Errors, path => QueueFormViewModel.FieldFor(path, rows));
        Response.StatusCode = stale || result.Status == RegistryStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(form);
    }

    private async Task<QueueFormViewModel> WithChoicesAsync(QueueFormViewModel form, CancellationToken cancellationToken)
    {
        form.ListCentres(await centres.ListAsync(cancellationToken));
        form.Schedules = await schedules.ListAsync(cancellationToken);
        return form;
    }

    private RedirectToActionResult Saved(string message)
    {
        TempData["Success"] = message;
        return RedirectToAction(nameof(Index));
    }
}
