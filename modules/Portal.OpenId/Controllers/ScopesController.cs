using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Modules;
using Portal.OpenId.Models;
using Portal.OpenId.Services;
using Portal.OpenId.ViewModels;
using Portal.OpenId.Web;

namespace Portal.OpenId.Controllers;

/// <summary>
/// The admin pages for the scopes of the tenant's server. Every change goes through <see cref="ScopeRegistry"/>,
/// the same service as the API, so validation, refusals and audit entries are the same either way. A scope's
/// pages sit under <c>{name}/edit</c> and <c>{name}/delete</c> so that a scope called "create" is still reachable;
/// the name is bound from the address only (<c>[FromRoute]</c>), since the form has a field called Name too and MVC
/// would otherwise prefer the posted value.
/// </summary>
[Feature(ManagementStartup.FeatureId)]
[Route("admin/scopes")]
[Authorize(Policy = OpenIdPermissions.ManageClientsPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ScopesController(ScopeRegistry registry, ILogger<ScopesController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await registry.ListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View(new ScopeFormViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(ScopeFormViewModel form, CancellationToken cancellationToken)
    {
        form.IsNew = true;
        form.BuiltIn = false;
        var result = await registry.CreateAsync(form.ToInput(), cancellationToken);
        if (result.Status != ScopeOperationStatus.Done)
        {
            ModelState.AddClientErrors(result.Errors);
            return View(form);
        }

        logger.LogInformation("Scope {Scope} created from the admin pages", result.Scope!.Name);
        return Saved($"The scope {result.Scope.Name} was created");
    }

    [HttpGet("{name}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string name, CancellationToken cancellationToken) =>
        await registry.FindAsync(name, cancellationToken) is { } scope ? View(ScopeFormViewModel.From(scope)) : NotFound();

    [HttpPost("{name}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string name, ScopeFormViewModel form, CancellationToken cancellationToken)
    {
        var current = await registry.FindAsync(name, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        // The name comes from the address, never from the form.
        form.Name = name;
        form.IsNew = false;
        form.BuiltIn = current.BuiltIn;
        var result = await registry.UpdateAsync(name, form.ToInput(), cancellationToken);
        switch (result.Status)
        {
            case ScopeOperationStatus.NotFound:
                return NotFound();
            case ScopeOperationStatus.Done:
                logger.LogInformation("Scope {Scope} changed from the admin pages", name);
                return Saved($"The scope {name} was saved");
            default:
                ModelState.AddClientErrors(result.Errors);
                if (form.BuiltIn)
                {
                    form.Resources = string.Join('\n', current.Resources);
                }

                return View(form);
        }
    }

    [HttpGet("{name}/delete")]
    public async Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken) =>
        await ConfirmAsync(name, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{name}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed([FromRoute] string name, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(name, cancellationToken);
        switch (result.Status)
        {
            case ScopeOperationStatus.NotFound:
                return NotFound();
            case ScopeOperationStatus.Done:
                logger.LogInformation("Scope {Scope} deleted from the admin pages", name);
                return Saved($"The scope {name} was deleted");
            default:
                // Built in, or permitted to a client since the confirmation page was shown.
                ModelState.AddModelError("", result.Reason ?? result.Errors.SelectMany(e => e.Value).First());
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ConfirmAsync(name, cancellationToken) is { } model ? View(model) : NotFound();
        }
    }

    private async Task<ScopeConfirmViewModel?> ConfirmAsync(string name, CancellationToken cancellationToken) =>
        await registry.FindAsync(name, cancellationToken) is { } scope
            ? new ScopeConfirmViewModel(scope.Name, scope.DisplayName, scope.BuiltIn,
                scope.BuiltIn ? [] : await registry.ClientsPermittedAsync(scope.Name, cancellationToken))
            : null;

    private RedirectToActionResult Saved(string message)
    {
        TempData["Success"] = message;
        return RedirectToAction(nameof(Index));
    }
}
