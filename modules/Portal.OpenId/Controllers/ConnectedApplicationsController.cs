using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Modules;
using Portal.OpenId.Services;

namespace Portal.OpenId.Controllers;

/// <summary>
/// A signed-in person's applications: those they allowed on a consent page, each with a revoke button that ends the
/// consent and every token issued under it. Cookie only: a bearer token cannot revoke its own user's consents.
/// </summary>
[Feature(ServerStartup.FeatureId)]
[Authorize(AuthenticationSchemes = "Identity.Application")]
[Route("account/applications")]
[AutoValidateAntiforgeryToken]
public sealed class ConnectedApplicationsController(UserConsents consents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }

        Response.Headers.CacheControl = "no-store";
        return View(await consents.ListAsync(userId, cancellationToken));
    }

    [HttpPost("revoke")]
    public async Task<IActionResult> Revoke([FromForm] string? clientId, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }

        // Only the user's own consents are found, so another user's client id changes nothing.
        if (string.IsNullOrEmpty(clientId) || !await consents.RevokeAsync(userId, clientId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Success"] = "Access revoked. The application must ask you again before it can use your account.";
        return RedirectToAction(nameof(Index));
    }
}
