using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Audit.Services;
using Portal.Audit.ViewModels;

namespace Portal.Audit.Controllers;

/// <summary>
/// The audit log in the admin area: a search form sent by GET (so a search can be bookmarked and shared) with the
/// results newest first, 50 a page, and links to export the same search; and the page that checks the chain.
/// </summary>
[Route("admin/audit")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class AuditAdminController(AuditSearch search, AuditVerifier verifier, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewAuditLogPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var query = AuditQuery.FromRequest(Request.Query);
        var (filter, errors) = AuditQueryParser.Parse(query);
        AuditSearchPage? results = null;
        if (filter is null)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            results = await search.PageAsync(filter, cancellationToken);
        }

        var canVerify = (await authorization.AuthorizeAsync(User, Permissions.VerifyAuditLogPolicy)).Succeeded;
        ViewData["Title"] = "Audit log";
        return View(new AuditSearchViewModel(query, results, AuditQueryParser.Categories, canVerify));
    }

    [HttpGet("verify")]
    [Authorize(Policy = Permissions.VerifyAuditLogPolicy)]
    public IActionResult Verify()
    {
        ViewData["Title"] = "Check the audit log";
        return View(new AuditVerifyViewModel(null));
    }

    [HttpPost("verify")]
    [Authorize(Policy = Permissions.VerifyAuditLogPolicy)]
    public async Task<IActionResult> VerifyNow(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Check the audit log";
        return View("Verify", new AuditVerifyViewModel(await verifier.VerifyAsync(cancellationToken)));
    }
}
