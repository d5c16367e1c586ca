using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Tenants.Services;
using Portal.Tenants.ViewModels;

namespace Portal.Tenants.Controllers;

/// <summary>The platform's health page: readiness checks and the messages in the error queues, each with a re-drive.</summary>
[Route("admin/health")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class HealthAdminController(PlatformHealthReader reader, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewHealthPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return View(await ModelAsync(cancellationToken));
    }

    [HttpPost("errors/{id}/redrive")]
    [Authorize(Policy = Permissions.RedriveMessagesPolicy)]
    public async Task<IActionResult> Redrive(string id, CancellationToken cancellationToken)
    {
        string? refusal = null;
        if (!Guid.TryParse(id, out var messageId))
        {
            refusal = "The message id is not valid: choose a message from the list.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            try
            {
                if (await reader.RedriveAsync(messageId, cancellationToken))
                {
                    TempData["Success"] = $"Message {messageId} is back on its queue.";
                    return Redirect(Url.Content("~/admin/health"));
                }

                refusal = $"Message {messageId} is no longer in an error queue: someone may have re-driven it already.";
                Response.StatusCode = StatusCodes.Status404NotFound;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                refusal = "The message broker did not answer, so nothing was re-driven. Try again later.";
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }

        ModelState.AddModelError("", refusal);
        Response.Headers.CacheControl = "no-store";
        return View("Index", await ModelAsync(cancellationToken));
    }

    private async Task<HealthViewModel> ModelAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Health";
        var canRedrive = (await authorization.AuthorizeAsync(User, Permissions.RedriveMessagesPolicy)).Succeeded;
        return new HealthViewModel(await reader.ReadinessAsync(cancellationToken), reader.ErrorSource, await reader.ErrorsAsync(cancellationToken), canRedrive);
    }
}
