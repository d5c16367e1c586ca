using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.Users.Models;
using Portal.Users.ViewModels;

namespace Portal.Users.Controllers;

/// <summary>
/// Signing in and out of the tenant. A wrong password and an unknown address get the same answer, so the form
/// does not tell who has an account; five failures lock the account for 15 minutes.
/// </summary>
[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ILogger<AccountController> logger)
    : Controller
{
    public const string SignInFailedMessage = "Enter a correct email address and password";
    public const string LockedOutMessage = "You cannot sign in because this account is locked. Try again in 15 minutes or ask an administrator to unlock it";

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
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
            return Refuse(form, SignInFailedMessage);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        logger.LogInformation("Sign-in refused for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
        return Refuse(form, result.IsLockedOut ? LockedOutMessage : SignInFailedMessage);
    }

    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
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

    private ViewResult Refuse(LoginViewModel form, string message)
    {
        ModelState.AddModelError(nameof(LoginViewModel.Email), message);
        form.Password = null;
        return View(form);
    }

    // Only a path on this site: anything else (another host, "//host", "/\host") would make sign-in an open redirect.
    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
