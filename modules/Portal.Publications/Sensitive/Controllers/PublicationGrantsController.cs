using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Modules;
using Portal.Publications.Sensitive.Services;
using Portal.Publications.Sensitive.ViewModels;

namespace Portal.Publications.Sensitive.Controllers;

/// <summary>
/// <c>/admin/publications/{reference}/grants</c>: who may read the report's Part 2 (need to know), for people with
/// ManagePublicationGrants. Give a grant by email (or "client:&lt;id&gt;"), take one away; both are audited.
/// </summary>
[Feature("Portal.Publications.Sensitive")]
[Route("admin/publications/{reference}/grants")]
[Authorize(Policy = Permissions.ManagePublicationGrantsPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PublicationGrantsController(ReportAccessGrants grants) : Controller
{
    public const string GranteeField = "Grantee";

    [HttpGet("")]
    public async Task<IActionResult> Index(string reference, CancellationToken cancellationToken) =>
        await PageAsync(reference, null, cancellationToken);

    [HttpPost("")]
    [ActionName(nameof(Index))]
    public async Task<IActionResult> Grant(string reference, [FromForm(Name = GranteeField)] string? grantee, CancellationToken cancellationToken)
    {
        var outcome = await grants.GrantAsync(reference, grantee, User, cancellationToken);
        switch (outcome.Status)
        {
            case GrantOutcomeStatus.NotFound:
                return ReportNotFound(reference);
            case GrantOutcomeStatus.InvalidGrantee:
                ModelState.AddModelError(GranteeField, "Enter the person's email address, or client:<id> for an API client");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await PageAsync(reference, grantee, cancellationToken);
            case GrantOutcomeStatus.AlreadyHeld:
                TempData["Notice"] = $"{outcome.Grant!.Grantee} already holds a grant for {outcome.Grant.Reference}.";
                break;
            default:
                TempData["Success"] = $"{outcome.Grant!.Grantee} may now read Part 2 of {outcome.Grant.Reference}.";
                break;
        }

        return RedirectToAction(nameof(Index), new { reference = outcome.Grant!.Reference });
    }

    [HttpPost("revoke")]
    public async Task<IActionResult> Revoke(string reference, [FromForm(Name = GranteeField)] string? grantee, CancellationToken cancellationToken)
    {
        var outcome = await grants.RevokeAsync(reference, grantee, cancellationToken);
        if (outcome.Status != GrantOutcomeStatus.Revoked)
        {
            return ReportNotFound(reference);
        }

        TempData["Success"] = $"{outcome.Grant!.Grantee} may no longer read Part 2 of {outcome.Grant.Reference}.";
        return RedirectToAction(nameof(Index), new { reference = outcome.Grant.Reference });
    }

    private async Task<IActionResult> PageAsync(string reference, string? grantee, CancellationToken cancellationToken)
    {
        var list = await grants.ListAsync(reference, cancellationToken);
        if (list is null)
        {
            return ReportNotFound(reference);
        }

        return View("Index", new GrantsViewModel { Reference = Reports.Domain.ReportReference.Normalise(reference)!, Grants = list, Grantee = grantee });
    }

    private ViewResult ReportNotFound(string reference)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound", reference);
    }
}
