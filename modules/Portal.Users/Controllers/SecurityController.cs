using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Abstractions.Shell;
using Portal.Users.Models;
using Portal.Users.Services;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>
/// A person's own second factor (TOTP, RFC 6238, through Identity's authenticator token provider): set it up by
/// proving a first code, get ten recovery codes shown once, make new ones, or turn it off with a current code.
/// Each change renews the security stamp (Identity does), so the current session is re-issued to stay valid.
/// </summary>
[Authorize]
[Feature("Portal.Users.Account")]
[Route("account/security")]
[AutoValidateAntiforgeryToken]
public sealed class SecurityController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IAuditLog audit,
    ShellSettings tenant,
    ILogger<SecurityController> logger) : Controller
{
    public const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var enabled = await users.GetTwoFactorEnabledAsync(user);
        return View(new SecuritySettingsViewModel(enabled, enabled ? await users.CountRecoveryCodesAsync(user) : 0));
    }

    [HttpGet("enable")]
    public async Task<IActionResult> Enable()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        return View(await EnrolmentAsync(user));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(EnableAuthenticatorViewModel form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        var code = AuthenticatorKeys.AuthenticatorCode(form.Code);
        if (code is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(form.Code), code is null
                ? "Enter the 6-digit code from your authenticator app"
                : "Enter a correct code from your authenticator app");
            return View(await EnrolmentAsync(user));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        SensitiveReads.MarkNoStore(Response);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} set up an authenticator app", user.Id);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "second-factor-enabled", AuditOutcome.Success, user.Id));
        return View("RecoveryCodes", new RecoveryCodesViewModel(codes));
    }

    [HttpGet("disable")]
    public IActionResult Disable() => View(new SecondFactorViewModel());

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(SecondFactorViewModel form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        var code = AuthenticatorKeys.AuthenticatorCode(form.Code);
        if (code is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            // Someone holding an unattended session must not be able to remove the second factor.
            await users.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(form.Code), "Enter a correct code from your authenticator app");
            return View(new SecondFactorViewModel());
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so the old app entry (and any copy of the key) is useless if it is turned on again.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned off their authenticator app", user.Id);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "second-factor-disabled", AuditOutcome.Success, user.Id));
        TempData["Success"] = "Your authenticator app has been turned off";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        SensitiveReads.MarkNoStore(Response);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "recovery-codes-renewed", AuditOutcome.Success, user.Id));
        return View(new RecoveryCodesViewModel(codes));
    }

    private async Task<EnableAuthenticatorViewModel> EnrolmentAsync(PortalUser user)
    {
        // The key and the codes are secrets: no copy in any cache.
        SensitiveReads.MarkNoStore(Response);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // Renewing the key renews the stamp: keep this session.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var issuer = string.IsNullOrWhiteSpace(tenant.DisplayName) ? "Portal " + tenant.Name : tenant.DisplayName;
        return new EnableAuthenticatorViewModel
        {
            SharedKey = AuthenticatorKeys.Format(key),
            AuthenticatorUri = AuthenticatorKeys.Uri(issuer, user.Email ?? "", key),
        };
    }
}
