using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Modules;
using Portal.Users.Models;
using Portal.Users.ViewModels;
using Portal.Users.Web;

namespace Portal.Users.Controllers;

/// <summary>
/// A signed-in person's own account. Changing the password needs the current one, renews the security stamp
/// (ending every session at once, this one included) and asks the person to sign in again.
/// </summary>
[Authorize]
[Feature("Portal.Users.Account")]
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class YourAccountController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IAuditLog audit,
    ILogger<YourAccountController> logger)
    : Controller
{
    [HttpGet("profile")]
    public async Task<IActionResult> Profile()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var roles = (await users.GetRolesAsync(user)).Order().ToList();
        return View(new YourAccountViewModel(user.DisplayName, user.Email ?? "", roles, user.VettingLevel));
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(form.CurrentPassword))
        {
            ModelState.AddModelError(nameof(form.CurrentPassword), "Enter your current password");
        }

        if (string.IsNullOrEmpty(form.NewPassword))
        {
            ModelState.AddModelError(nameof(form.NewPassword), "Enter a new password");
        }
        else if (form.NewPassword != form.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(form.ConfirmPassword), "The passwords do not match");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                ModelState.AddModelError(nameof(form.CurrentPassword), "Your current password is not correct");
            }

            var otherErrors = result.Errors.Where(e => e.Code != "PasswordMismatch").ToArray();
            if (otherErrors.Length > 0)
            {
                ModelState.AddIdentityErrors(IdentityResult.Failed(otherErrors), nameof(form.NewPassword), nameof(form.NewPassword));
            }

            return View(new ChangePasswordViewModel());
        }

        // The new stamp already ends every other session. This one ends too: a copy of its cookie (the reason
        // people change a password) must not outlive the change, and the cookie's key cannot be rotated in place.
        await signIn.SignOutAsync();
        logger.LogInformation("User {UserId} changed their password", user.Id);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "password-changed", AuditOutcome.Success, user.Id));
        TempData["Success"] = "Your password has been changed. Sign in with your new password";
        return LocalRedirect(Url.Content("~/account/login"));
    }
}
