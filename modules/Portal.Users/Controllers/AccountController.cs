using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Users.Models;
using Portal.Users.Security;
using Portal.Users.Services;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>
/// Signing in and out of the tenant, the second factor at sign-in, and stepping up to a fresh second factor for
/// OFFICIAL-SENSITIVE pages. A wrong password and an unknown address get the same answer, so the form does not
/// tell who has an account; five failures (passwords or codes) lock the account for 15 minutes. Credential
/// posts are rate-limited per address and per account.
/// </summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<AccountController> logger) : Controller
{
    public const string SignInFailedMessage = "Enter a correct email address and password";
    public const string LockedOutMessage = "You cannot sign in because this account is locked. Try again in 15 minutes or ask an administrator to unlock it";
    public const string CodeFailedMessage = "Enter a correct code from your authenticator app, or a recovery code";

    /// <summary>
    /// The sign-in page. Someone already signed in is told so (and offered sign-out) rather than shown the form: a
    /// sign-in starts a new session, so the form is only for people without one.
    /// </summary>
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.Auth)]
    [StartsNewSession]
    public async Task<IActionResult> Login(LoginViewModel form)
    {
        var email = form.Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError(nameof(LoginViewModel.Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(nameof(LoginViewModel.Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(email!);
        if (user is null)
        {
            // Hash anyway, so an unknown address takes as long to refuse as a wrong password.
            users.PasswordHasher.HashPassword(new PortalUser(), form.Password!);
            logger.LogInformation("Sign-in refused: no account for the address given");
            await AuditSignInAsync(email!, "sign-in", AuditOutcome.Failure, null, "unknown address or wrong password");
            return Refuse(form, SignInFailedMessage);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            await AuditSignInAsync(email!, "sign-in", AuditOutcome.Success, user.Id, "password");
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            // Identity holds who passed the password in its own short-lived two-factor cookie.
            return RedirectToAction(nameof(LoginSecondFactor), new { returnUrl = SafeReturnUrl(form.ReturnUrl) });
        }

        logger.LogInformation("Sign-in refused for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
        await AuditSignInAsync(email!, result.IsLockedOut ? "sign-in-locked-out" : "sign-in", AuditOutcome.Failure, user.Id,
            result.IsLockedOut ? "account locked" : "unknown address or wrong password");
        return Refuse(form, result.IsLockedOut ? LockedOutMessage : SignInFailedMessage);
    }

    [AllowAnonymous]
    [HttpGet("login-2fa")]
    public async Task<IActionResult> LoginSecondFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new SecondFactorViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login-2fa")]
    [EnableRateLimiting(RateLimitPolicies.Auth)]
    [StartsNewSession]
    public async Task<IActionResult> LoginSecondFactor(SecondFactorViewModel form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The password step expired or never happened.
            return RedirectToAction(nameof(Login));
        }

        if (string.IsNullOrWhiteSpace(form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), "Enter the code from your authenticator app, or a recovery code");
            return View(form);
        }

        var totp = AuthenticatorKeys.AuthenticatorCode(form.Code);
        SignInResult result;
        if (await users.IsLockedOutAsync(user))
        {
            // Identity's recovery-code sign-in does not look at lockout: no code of either kind is tried while locked.
            result = SignInResult.LockedOut;
        }
        else if (totp is not null)
        {
            // Identity counts a wrong code toward lockout itself.
            result = await signIn.TwoFactorAuthenticatorSignInAsync(totp, isPersistent: false, rememberClient: false);
            result = !result.Succeeded && !result.IsLockedOut && await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
        }
        else
        {
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorKeys.RecoveryCode(form.Code));
            if (!result.Succeeded && !result.IsLockedOut)
            {
                // Identity does not count wrong recovery codes: they must count like wrong authenticator codes.
                await users.AccessFailedAsync(user);
                result = await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
            }
        }

        var email = user.Email ?? user.Id;
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with a second factor", user.Id);
            await AuditSignInAsync(email, "second-factor", AuditOutcome.Success, user.Id, totp is null ? "recovery code" : "authenticator code");
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        logger.LogInformation("Second factor refused for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
        await AuditSignInAsync(email, "second-factor", AuditOutcome.Failure, user.Id, result.IsLockedOut ? "account locked" : "wrong code");
        ModelState.AddModelError(nameof(form.Code), result.IsLockedOut ? LockedOutMessage : CodeFailedMessage);
        return View(new SecondFactorViewModel { ReturnUrl = form.ReturnUrl });
    }

    /// <summary>Asks a signed-in person for a fresh second factor before an OFFICIAL-SENSITIVE page.</summary>
    [Authorize]
    [HttpGet("step-up")]
    public async Task<IActionResult> StepUp(string? returnUrl)
    {
        if (!IsLocalOrEmpty(returnUrl))
        {
            return BadRequest();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new SecondFactorViewModel { ReturnUrl = returnUrl, Enrolled = await users.GetTwoFactorEnabledAsync(user) });
    }

    [Authorize]
    [HttpPost("step-up")]
    [EnableRateLimiting(RateLimitPolicies.Auth)]
    public async Task<IActionResult> StepUp(SecondFactorViewModel form)
    {
        if (!IsLocalOrEmpty(form.ReturnUrl))
        {
            return BadRequest();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return View(new SecondFactorViewModel { ReturnUrl = form.ReturnUrl, Enrolled = false });
        }

        if (string.IsNullOrWhiteSpace(form.Code))
        {
            ModelState.AddModelError(nameof(form.Code), "Enter the code from your authenticator app, or a recovery code");
            return View(form);
        }

        var totp = AuthenticatorKeys.AuthenticatorCode(form.Code);
        var passed = totp is not null
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, totp)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, AuthenticatorKeys.RecoveryCode(form.Code))).Succeeded;
        var email = user.Email ?? user.Id;
        if (!passed)
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await AuditSignInAsync(email, "step-up", AuditOutcome.Failure, user.Id, locked ? "wrong code; account locked" : "wrong code");
            if (locked)
            {
                // A locked account keeps no session.
                await users.UpdateSecurityStampAsync(user);
                await signIn.SignOutAsync();
                return RedirectToAction(nameof(Login));
            }

            ModelState.AddModelError(nameof(form.Code), CodeFailedMessage);
            return View(new SecondFactorViewModel { ReturnUrl = form.ReturnUrl });
        }

        await users.ResetAccessFailedCountAsync(user);
        await ReissueWithSecondFactorAsync(user);
        logger.LogInformation("User {UserId} stepped up with a second factor", user.Id);
        await AuditSignInAsync(email, "step-up", AuditOutcome.Success, user.Id, totp is null ? "recovery code" : "authenticator code");
        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync(new AuditEntry(AuditCategories.SignIn, "sign-out", AuditOutcome.Success, users.GetUserId(User)));
        }

        // Removes the server-side session too, so a copy of the cookie stops working.
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }

    /// <summary>Where a signed-in user lands without the permission a page needs; answered 403.</summary>
    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Re-issues this session's cookie noting that a second factor was passed now.</summary>
    private async Task ReissueWithSecondFactorAsync(PortalUser user)
    {
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var properties = current.Properties ?? new AuthenticationProperties();
        SessionProperties.Write(properties, SessionProperties.SecondFactorAtItem, clock.GetUtcNow());
        await signIn.SignInWithClaimsAsync(user, properties,
            [new Claim(SessionProperties.AuthenticationMethodClaim, SessionProperties.MultiFactor)]);
    }

    private Task AuditSignInAsync(string email, string action, AuditOutcome outcome, string? userId, string detail) =>
        audit.WriteAsync(new AuditEntry(AuditCategories.SignIn, action, outcome, userId, detail) { Actor = email });

    private ViewResult Refuse(LoginViewModel form, string message)
    {
        ModelState.AddModelError(nameof(LoginViewModel.Email), message);
        form.Password = null;
        return View(form);
    }

    private bool IsLocalOrEmpty(string? returnUrl) => string.IsNullOrEmpty(returnUrl) || Url.IsLocalUrl(returnUrl);

    // Only a path on this site: anything else (another host, "//host", "/\host") would make sign-in an open redirect.
    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
