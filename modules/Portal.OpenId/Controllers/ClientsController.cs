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
/// The admin pages for the tenant's OpenID Connect clients. Every change goes through <see cref="ClientRegistry"/>,
/// the same service as the API and recipes, so validation and audit entries are the same whichever way a client
/// is changed. A generated secret is rendered in the response to the POST that made it and nowhere else (no
/// redirect through TempData, no cache), so it is shown exactly once.
/// </summary>
[Feature(ManagementStartup.FeatureId)]
[Route("admin/clients")]
[Authorize(Policy = OpenIdPermissions.ManageClientsPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ClientsController(ClientRegistry registry, ILogger<ClientsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await registry.ListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View(new ClientFormViewModel { Type = ClientValidator.Confidential, Consent = ClientConsent.Implicit });

    [HttpPost("create")]
    public async Task<IActionResult> Create(ClientFormViewModel form, CancellationToken cancellationToken)
    {
        form.IsNew = true;
        var result = await registry.CreateAsync(form.ToInput(), null, cancellationToken);
        if (result.Status != ClientOperationStatus.Done)
        {
            ModelState.AddClientErrors(result.Errors);
            return View(form);
        }

        logger.LogInformation("Client {ClientId} registered from the admin pages", result.Client!.ClientId);
        return result.Secret is null
            ? Saved($"The client {result.Client.DisplayName} was registered")
            : SecretOnce(result.Client, result.Secret, $"{result.Client.DisplayName} was registered");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken) =>
        await registry.FindAsync(id, cancellationToken) is { } client ? View(ClientFormViewModel.From(client)) : NotFound();

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, ClientFormViewModel form, CancellationToken cancellationToken)
    {
        // The id comes from the address, never from the form.
        form.ClientId = id;
        form.IsNew = false;
        var result = await registry.UpdateAsync(id, form.ToInput(), cancellationToken);
        switch (result.Status)
        {
            case ClientOperationStatus.NotFound:
                return NotFound();
            case ClientOperationStatus.Done:
                logger.LogInformation("Client {ClientId} changed from the admin pages", id);
                // A public client made confidential gets its first secret now.
                return result.Secret is null
                    ? Saved($"The client {result.Client!.DisplayName} was saved")
                    : SecretOnce(result.Client!, result.Secret, $"{result.Client!.DisplayName} is now confidential");
            default:
                ModelState.AddClientErrors(result.Errors);
                return View(form);
        }
    }

    [HttpGet("{id}/secret")]
    public async Task<IActionResult> RegenerateSecret(string id, CancellationToken cancellationToken) =>
        await ConfirmAsync(id, cancellationToken);

    [HttpPost("{id}/secret")]
    [ActionName(nameof(RegenerateSecret))]
    public async Task<IActionResult> RegenerateSecretConfirmed(string id, CancellationToken cancellationToken)
    {
        var result = await registry.RegenerateSecretAsync(id, cancellationToken);
        switch (result.Status)
        {
            case ClientOperationStatus.NotFound:
                return NotFound();
            case ClientOperationStatus.Done:
                logger.LogInformation("Secret of client {ClientId} regenerated from the admin pages", id);
                return SecretOnce(result.Client!, result.Secret!, $"A new secret for {result.Client!.DisplayName}");
            default:
                // A public client has no secret to regenerate.
                ModelState.AddModelError("", result.Errors.SelectMany(e => e.Value).First());
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await ConfirmAsync(id, cancellationToken);
        }
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken) =>
        await ConfirmAsync(id, cancellationToken);

    [HttpPost("{id}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(string id, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(id, cancellationToken);
        if (result.Status == ClientOperationStatus.NotFound)
        {
            return NotFound();
        }

        logger.LogInformation("Client {ClientId} deleted from the admin pages", id);
        return Saved($"The client {result.Client!.DisplayName} was deleted");
    }

    private async Task<IActionResult> ConfirmAsync(string id, CancellationToken cancellationToken) =>
        await registry.FindAsync(id, cancellationToken) is { } client
            ? View(new ClientConfirmViewModel(client.ClientId, client.DisplayName, client.Type))
            : NotFound();

    private RedirectToActionResult Saved(string message)
    {
        TempData["Success"] = message;
        return RedirectToAction(nameof(Index));
    }

    private ViewResult SecretOnce(ClientView client, string secret, string heading)
    {
        // Neither the browser nor anything between may keep the page that holds the secret.
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        return View("Secret", new ClientSecretViewModel(client.ClientId, client.DisplayName, secret, heading));
    }
}
