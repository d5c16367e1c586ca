using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Agreements.Services;
using Portal.CallRouting.Agreements.ViewModels;

namespace Portal.CallRouting.Agreements.Controllers;

/// <summary>
/// The pages of <c>~/routing/agreements</c>: the list, one agreement, proposing, and accept/decline/revoke each behind a
/// confirmation page. Every change goes through <see cref="OverflowAgreementService"/>, as the API does, so the
/// refusals, events and audit entries are the same either way.
/// </summary>
[Route("routing/agreements")]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class OverflowAgreementsController(OverflowAgreementService agreements, PartnerForces forces, ShellSettings tenant) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await agreements.ListAsync(cancellationToken));

    [HttpGet("propose")]
    [Authorize(Policy = Permissions.ManageAgreementsPolicy)]
    public async Task<IActionResult> Propose(CancellationToken cancellationToken) =>
        View(new ProposeAgreementForm { Partners = await forces.OthersAsync(tenant.Name, cancellationToken) });

    [HttpPost("propose")]
    [Authorize(Policy = Permissions.ManageAgreementsPolicy)]
    public async Task<IActionResult> Propose(ProposeAgreementForm form, CancellationToken cancellationToken)
    {
        form.Partners = await forces.OthersAsync(tenant.Name, cancellationToken);
        var (input, formErrors) = form.ToInput();
        var errors = formErrors.ToDictionary(e => e.Key, e => e.Value);
        if (input is not null)
        {
            var result = await agreements.ProposeAsync(input, User, cancellationToken);
            if (result.Status == AgreementOperationStatus.Done)
            {
                TempData["Success"] = $"Overflow of {result.Agreement!.QueueCode} was proposed to {result.Agreement.Partner}";
                return RedirectToAction(nameof(Details), new { id = result.Agreement.Id });
            }

            foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]>())
            {
                var key = ProposeAgreementForm.FieldOf(field);
                errors[key] = errors.TryGetValue(key, out var known) ? [.. known, .. messages] : messages;
            }
        }

        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(form);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details([FromRoute] string id, CancellationToken cancellationToken) =>
        await agreements.FindAsync(id, cancellationToken) is { } agreement ? View(agreement) : NotFound();

    [HttpGet("{id}/{decision:regex(^(accept|decline|revoke)$)}")]
    [Authorize(Policy = Permissions.ManageAgreementsPolicy)]
    public async Task<IActionResult> Confirm([FromRoute] string id, [FromRoute] string decision, CancellationToken cancellationToken) =>
        await agreements.FindAsync(id, cancellationToken) is { } agreement
            ? View(new AgreementDecisionForm { Agreement = agreement, Action = decision })
            : NotFound();

    [HttpPost("{id}/{decision:regex(^(accept|decline|revoke)$)}")]
    [Authorize(Policy = Permissions.ManageAgreementsPolicy)]
    public async Task<IActionResult> Confirm([FromRoute] string id, [FromRoute] string decision, AgreementDecisionForm form, CancellationToken cancellationToken)
    {
        var result = decision switch
        {
            "accept" => await agreements.AcceptAsync(id, User, cancellationToken),
            "decline" => await agreements.DeclineAsync(id, form.Reason, User, cancellationToken),
            _ => await agreements.RevokeAsync(id, form.Reason, User, cancellationToken),
        };
        switch (result.Status)
        {
            case AgreementOperationStatus.NotFound:
                return NotFound();
            case AgreementOperationStatus.Done:
                TempData["Success"] = $"The agreement with {result.Agreement!.Partner} is now {result.Agreement.State.ToString().ToLowerInvariant()}";
                return RedirectToAction(nameof(Details), new { id });
        }

        foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]> { [""] = [$"{result.Title} {result.Detail}"] })
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field == "reason" ? nameof(AgreementDecisionForm.Reason) : field, message);
            }
        }

        Response.StatusCode = result.Status switch
        {
            AgreementOperationStatus.Invalid => StatusCodes.Status422UnprocessableEntity,
            AgreementOperationStatus.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        form.Agreement = await agreements.FindAsync(id, cancellationToken);
        form.Action = decision;
        return View(form);
    }
}
