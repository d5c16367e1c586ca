using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Users.Data;
using Portal.Users.Models;
using Portal.Users.Services;
using Portal.Users.ViewModels;
using Portal.Users.Web;

namespace Portal.Users.Controllers;

/// <summary>
/// The users of the tenant: list and search, create, edit (name, address, roles, vetting level), lock and unlock,
/// reset a password, delete. Nobody can delete, lock or demote themselves out of Administrator, and only an
/// administrator can change an administrator or give the Administrator role.
/// </summary>
[Route("admin/users")]
[Authorize(Policy = Permissions.ManageUsersPolicy)]
[AutoValidateAntiforgeryToken]
public sealed class UsersController(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    SignInManager<PortalUser> signIn,
    UsersDbContext db,
    TimeProvider clock,
    IAuditLog audit,
    IEnumerable<IUserDeletionHandler> deletionHandlers,
    ILogger<UsersController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var query = users.Users.AsNoTracking();
        var search = q?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var upper = search.ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + UserListViewModel.PageSize - 1) / UserListViewModel.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var found = await query
            .OrderBy(u => u.DisplayName).ThenBy(u => u.NormalizedEmail)
            .Skip((page - 1) * UserListViewModel.PageSize).Take(UserListViewModel.PageSize)
            .ToListAsync();

        var ids = found.Select(u => u.Id).ToList();
        var roleRows = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var now = clock.GetUtcNow();
        var items = found.Select(u => new UserListItem(u.Id, u.DisplayName, u.Email ?? "",
                roleRows.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.CurrentCulture).ToList(),
                u.VettingLevel, u.LockoutEnd is { } end && end > now))
            .ToList();
        return View(new UserListViewModel(search, page, pageCount, total, items));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() =>
        View(await PrepareAsync(new UserEditorViewModel { VettingLevel = nameof(VettingLevel.None) }, null));

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserEditorViewModel form)
    {
        var available = await RoleNamesAsync();
        var (level, chosenRoles) = UserFormValidator.Validate(form, available, IsAdministrator, new HashSet<string>(), ModelState);
        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(nameof(form.Password), "Enter a password");
        }
        else if (form.Password != form.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(form.ConfirmPassword), "The passwords do not match");
        }

        if (ModelState.IsValid && await users.FindByEmailAsync(form.Email!) is not null)
        {
            ModelState.AddModelError(nameof(form.Email), "A user with this email address already exists");
        }

        if (ModelState.IsValid)
        {
            var user = new PortalUser
            {
                UserName = form.Email,
                Email = form.Email,
                EmailConfirmed = true,
                DisplayName = form.DisplayName!,
                VettingLevel = level,
            };
            var created = await users.CreateAsync(user, form.Password!);
            if (created.Succeeded && chosenRoles.Count > 0)
            {
                created = await users.AddToRolesAsync(user, chosenRoles);
            }

            if (created.Succeeded)
            {
                await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "user-created", AuditOutcome.Success, user.Id,
                    $"vetting {level}; roles: {string.Join(", ", chosenRoles.Order())}"));
                logger.LogInformation("User {ActorId} created user {UserId}", users.GetUserId(User), user.Id);
                TempData["Success"] = $"{user.DisplayName} ({user.Email}) can now sign in";
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddIdentityErrors(created, nameof(form.Password), nameof(form.Email));
        }

        form.Password = form.ConfirmPassword = null;
        return View(await PrepareAsync(form, null));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        var form = new UserEditorViewModel
        {
            DisplayName = user.DisplayName,
            Email = user.Email,
            VettingLevel = user.VettingLevel.ToString(),
            Roles = (await users.GetRolesAsync(user)).ToList(),
        };
        return View(await PrepareAsync(form, user));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditorViewModel form)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        var current = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (level, chosenRoles) = UserFormValidator.Validate(form, await RoleNamesAsync(), IsAdministrator, current, ModelState);
        var isSelf = IsSelf(user);
        if (isSelf && current.Contains(RoleNames.Administrator) && !chosenRoles.Contains(RoleNames.Administrator))
        {
            ModelState.AddModelError(nameof(form.Roles), "You cannot remove the Administrator role from your own account");
        }

        if (ModelState.IsValid)
        {
            var emailChanged = !string.Equals(user.Email, form.Email, StringComparison.OrdinalIgnoreCase);
            var previousVetting = user.VettingLevel;
            user.DisplayName = form.DisplayName!;
            user.VettingLevel = level;
            user.Email = form.Email;
            user.UserName = form.Email;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded && emailChanged)
            {
                // Sessions opened with the old address end at their next check.
                result = await users.UpdateSecurityStampAsync(user);
            }

            var removed = current.Except(chosenRoles, StringComparer.OrdinalIgnoreCase).ToList();
            var added = chosenRoles.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
            if (result.Succeeded && removed.Count > 0)
            {
                result = await users.RemoveFromRolesAsync(user, removed);
            }

            if (result.Succeeded && added.Count > 0)
            {
                result = await users.AddToRolesAsync(user, added);
            }

            var vettingChanged = previousVetting != level;
            if (result.Succeeded && (vettingChanged || removed.Count > 0 || added.Count > 0))
            {
                // A new stamp ends every session of the user at once (the session store checks it on each request).
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (result.Succeeded && vettingChanged)
            {
                await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "vetting-changed", AuditOutcome.Success, user.Id,
                    $"{previousVetting} to {level}"));
            }

            if (result.Succeeded && (removed.Count > 0 || added.Count > 0))
            {
                await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "user-roles-changed", AuditOutcome.Success, user.Id,
                    $"added: {string.Join(", ", added.Order())}; removed: {string.Join(", ", removed.Order())}"));
            }

            if (result.Succeeded)
            {
                if (isSelf)
                {
                    await signIn.RefreshSignInAsync(user);
                }

                logger.LogInformation("User {ActorId} changed user {UserId}", users.GetUserId(User), user.Id);
                TempData["Success"] = $"The changes to {user.DisplayName} were saved";
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddIdentityErrors(result, "", nameof(form.Email));
        }

        // The page is drawn from the stored user where the form does not say otherwise.
        user = await users.FindByIdAsync(id) ?? user;
        return View(await PrepareAsync(form, user));
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        if (IsSelf(user))
        {
            return await EditWithErrorAsync(user, "You cannot lock your own account");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // Ends the sessions the user has open at once (the session store checks the stamp on each request).
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "user-locked", AuditOutcome.Success, user.Id));
        logger.LogInformation("User {ActorId} locked user {UserId}", users.GetUserId(User), user.Id);
        TempData["Success"] = $"{user.DisplayName} is locked and cannot sign in";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "user-unlocked", AuditOutcome.Success, user.Id));
        logger.LogInformation("User {ActorId} unlocked user {UserId}", users.GetUserId(User), user.Id);
        TempData["Success"] = $"{user.DisplayName} is unlocked and can sign in";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        return await MayChangeAsync(user) ? View(new ResetPasswordViewModel { Id = user.Id, Email = user.Email ?? "" }) : Forbid();
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordViewModel form)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        if (string.IsNullOrEmpty(form.NewPassword))
        {
            ModelState.AddModelError(nameof(form.NewPassword), "Enter a new password");
        }
        else if (form.NewPassword != form.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(form.ConfirmPassword), "The passwords do not match");
        }

        if (ModelState.IsValid)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, form.NewPassword!);
            if (result.Succeeded)
            {
                if (IsSelf(user))
                {
                    await signIn.RefreshSignInAsync(user);
                }

                await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "password-reset", AuditOutcome.Success, user.Id));
                logger.LogInformation("User {ActorId} reset the password of user {UserId}", users.GetUserId(User), user.Id);
                TempData["Success"] = $"The password of {user.DisplayName} was changed";
                return RedirectToAction(nameof(Edit), new { id });
            }

            ModelState.AddIdentityErrors(result, nameof(form.NewPassword), nameof(form.NewPassword));
        }

        return View(new ResetPasswordViewModel { Id = user.Id, Email = user.Email ?? "" });
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        if (IsSelf(user))
        {
            ModelState.AddModelError("", "You cannot delete your own account");
        }

        return View(new DeleteUserViewModel(user.Id, user.DisplayName, user.Email ?? ""));
    }

    [HttpPost("{id}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(string id)
    {
        var (user, refusal) = await FindChangeableAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        if (IsSelf(user))
        {
            ModelState.AddModelError("", "You cannot delete your own account");
            return View(nameof(Delete), new DeleteUserViewModel(user.Id, user.DisplayName, user.Email ?? ""));
        }

        // First, so that a module failing to drop what it keeps for the person stops the deletion (see IUserDeletionHandler).
        foreach (var handler in deletionHandlers)
        {
            await handler.UserDeletingAsync(new DeletingUser(user.Id, user.Email), HttpContext.RequestAborted);
        }

        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "", "");
            return View(nameof(Delete), new DeleteUserViewModel(user.Id, user.DisplayName, user.Email ?? ""));
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.Accounts, "user-deleted", AuditOutcome.Success, user.Id, user.Email));
        logger.LogInformation("User {ActorId} deleted user {UserId}", users.GetUserId(User), user.Id);
        TempData["Success"] = $"{user.DisplayName} ({user.Email}) was deleted";
        return RedirectToAction(nameof(Index));
    }

    private bool IsAdministrator => User.IsInRole(RoleNames.Administrator);

    private bool IsSelf(PortalUser user) => string.Equals(users.GetUserId(User), user.Id, StringComparison.Ordinal);

    // An administrator's account is changed only by an administrator: otherwise ManageUsers would be a way to
    // lock out, or take over, the people who hold every permission.
    private async Task<bool> MayChangeAsync(PortalUser user) => IsAdministrator || !await users.IsInRoleAsync(user, RoleNames.Administrator);

    private async Task<IReadOnlyList<string>> RoleNamesAsync() =>
        (await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync())
            .OrderBy(r => r == RoleNames.Administrator ? 0 : 1).ThenBy(r => r, StringComparer.CurrentCulture).ToList();

    private async Task<UserEditorViewModel> PrepareAsync(UserEditorViewModel form, PortalUser? user)
    {
        form.Id = user?.Id;
        form.AvailableRoles = await RoleNamesAsync();
        form.CanManageAdministrators = IsAdministrator;
        form.IsSelf = user is not null && IsSelf(user);
        form.IsLockedOut = user?.LockoutEnd is { } end && end > clock.GetUtcNow();
        return form;
    }

    private async Task<IActionResult> EditWithErrorAsync(PortalUser user, string message)
    {
        ModelState.AddModelError("", message);
        var form = new UserEditorViewModel
        {
            DisplayName = user.DisplayName,
            Email = user.Email,
            VettingLevel = user.VettingLevel.ToString(),
            Roles = (await users.GetRolesAsync(user)).ToList(),
        };
        return View(nameof(Edit), await PrepareAsync(form, user));
    }

    /// <summary>The user, or the answer to give instead: 404 when there is none, 403 when this admin may not change them.</summary>
    private async Task<(PortalUser? User, IActionResult? Refusal)> FindChangeableAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return (null, NotFound());
        }

        return await MayChangeAsync(user) ? (user, null) : (null, Forbid());
    }
}
