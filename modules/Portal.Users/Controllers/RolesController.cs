using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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
/// The roles of the tenant and the permissions each holds, chosen from what the enabled modules declare.
/// Administrator is a system role: it holds every permission, so it cannot be edited or deleted.
/// </summary>
[Route("admin/roles")]
[Authorize(Policy = Permissions.ManageRolesPolicy)]
[AutoValidateAntiforgeryToken]
public sealed class RolesController(
    RoleManager<PortalRole> roles,
    RolePermissionWriter writer,
    PermissionCatalog permissions,
    UsersDbContext db,
    IAuditLog audit,
    ILogger<RolesController> logger) : Controller
{
    public const string SystemRoleMessage = "Administrator is a system role: it holds every permission and cannot be changed or deleted";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = await db.Roles.AsNoTracking()
            .Select(r => new
            {
                r.Id,
                r.Name,
                r.Description,
                Users = db.UserRoles.Count(ur => ur.RoleId == r.Id),
                Permissions = db.RoleClaims.Count(c => c.RoleId == r.Id && c.ClaimType == Permission.ClaimType),
            })
            .ToListAsync();
        var items = rows
            .Select(r => new RoleListItem(r.Id, r.Name ?? "", r.Description, r.Users, r.Permissions, RoleDescriptions.IsSystem(r.Name)))
            .OrderBy(r => r.IsSystem ? 0 : 1).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return View(items);
    }

    [HttpGet("create")]
    public IActionResult Create() => View(Prepare(new RoleEditorViewModel(), null));

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleEditorViewModel form)
    {
        RoleFormValidator.ValidateName(form, ModelState);
        var chosen = RoleFormValidator.ValidateDetails(form, permissions, ModelState);
        if (ModelState.IsValid && await roles.RoleExistsAsync(form.Name!))
        {
            ModelState.AddModelError(nameof(form.Name), "A role with this name already exists");
        }

        if (ModelState.IsValid)
        {
            var role = new PortalRole(form.Name!) { Description = form.Description ?? "" };
            var result = await roles.CreateAsync(role);
            if (result.Succeeded)
            {
                await writer.SetAsync(role, chosen, permissions.ByName.Keys.ToHashSet(StringComparer.Ordinal));
                await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-created", AuditOutcome.Success, role.Name,
                    "permissions: " + string.Join(", ", chosen.Order())));
                logger.LogInformation("Role {Role} created with {Count} permissions", role.Name, chosen.Count);
                TempData["Success"] = $"The role {role.Name} was created";
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddIdentityErrors(result, "", nameof(form.Name));
        }

        return View(Prepare(form, null));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        var form = new RoleEditorViewModel
        {
            Name = role.Name,
            Description = role.Description,
            Permissions = (await writer.GetPermissionsAsync(role)).ToList(),
        };
        return View(Prepare(form, role));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, RoleEditorViewModel form)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        form.Name = role.Name;
        if (RoleDescriptions.IsSystem(role.Name))
        {
            return SystemRoleRefused(Prepare(form, role));
        }

        var chosen = RoleFormValidator.ValidateDetails(form, permissions, ModelState);
        if (ModelState.IsValid)
        {
            role.Description = form.Description ?? "";
            var result = await writer.UpdateAsync(role);
            if (result.Succeeded)
            {
                var before = (await writer.GetPermissionsAsync(role)).ToHashSet(StringComparer.Ordinal);
                await writer.SetAsync(role, chosen, permissions.ByName.Keys.ToHashSet(StringComparer.Ordinal));
                await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-permissions-changed", AuditOutcome.Success, role.Name,
                    $"added: {string.Join(", ", chosen.Where(p => !before.Contains(p)).Order())}; " +
                    $"removed: {string.Join(", ", before.Where(p => !chosen.Contains(p)).Order())}"));
                logger.LogInformation("Role {Role} now holds {Count} permissions", role.Name, chosen.Count);
                TempData["Success"] = $"The role {role.Name} was saved";
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddIdentityErrors(result, "", "");
        }

        return View(Prepare(form, role));
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        var model = await DeleteModelAsync(role);
        if (RoleDescriptions.IsSystem(role.Name))
        {
            ModelState.AddModelError("", SystemRoleMessage);
        }

        return View(model);
    }

    [HttpPost("{id}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        if (RoleDescriptions.IsSystem(role.Name))
        {
            ModelState.AddModelError("", SystemRoleMessage);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Delete), await DeleteModelAsync(role));
        }

        var result = await writer.DeleteAsync(role);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "", "");
            return View(nameof(Delete), await DeleteModelAsync(role));
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-deleted", AuditOutcome.Success, role.Name));
        logger.LogInformation("Role {Role} deleted", role.Name);
        TempData["Success"] = $"The role {role.Name} was deleted";
        return RedirectToAction(nameof(Index));
    }

    private RoleEditorViewModel Prepare(RoleEditorViewModel form, PortalRole? role)
    {
        form.Id = role?.Id;
        form.IsSystem = RoleDescriptions.IsSystem(role?.Name);
        form.Groups = permissions.Groups;
        return form;
    }

    private ViewResult SystemRoleRefused(RoleEditorViewModel form)
    {
        ModelState.AddModelError("", SystemRoleMessage);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Edit), form);
    }

    private async Task<DeleteRoleViewModel> DeleteModelAsync(PortalRole role) =>
        new(role.Id, role.Name ?? "", await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id));
}
