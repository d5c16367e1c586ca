using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Publications.Authoring.Services;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Authoring.Controllers;

/// <summary>
/// <c>~/admin/publications/tasks/release-reviews</c>: the Part 2 sections of published reports whose release date
/// has arrived, from <see cref="ReleaseReviews"/> (as the API lists them). An editor records the review, which is
/// all the service offers: extending means changing the section's release date (a new date is a new task), and
/// releasing means moving the text to Part 1 through the normal workflow. Nothing is published from here.
/// </summary>
[Route("admin/publications/tasks/release-reviews")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Permissions.ViewPublicationsPolicy)]
public sealed class ReleaseReviewsController(ReleaseReviews reviews, ReportPageBuilder pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await PageAsync(cancellationToken);

    [HttpPost("{sectionId:guid}/reviewed")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Reviewed(Guid sectionId, CancellationToken cancellationToken)
    {
        if (await reviews.MarkReviewedAsync(sectionId, User, cancellationToken))
        {
            TempData["Success"] = "The review was recorded. The task comes back only if the section's release date changes.";
            return Redirect(Url.Content(AuthoringPaths.ReleaseReviews));
        }

        ModelState.AddModelError("", "That section is not due for review: someone may have reviewed it or changed its release date. The list shows what is due now.");
        Response.StatusCode = StatusCodes.Status404NotFound;
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        ViewData["Title"] = "Part 2 release reviews";
        ViewData["Caption"] = AuthoringResults.Caption;
        return View("Index", new ReleaseReviewsViewModel(await reviews.DueAsync(cancellationToken), await pages.AllowedAsync(User, Permissions.EditPublicationsPolicy)));
    }
}
