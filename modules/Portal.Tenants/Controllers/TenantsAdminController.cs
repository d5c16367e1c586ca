using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Tenants.Models;
using Portal.Tenants.Services;
using Portal.Tenants.ViewModels;

namespace Portal.Tenants.Controllers;

/// <summary>The platform's tenant pages: the list, "Create a tenant", one tenant, switching it off or on, and removing it.</summary>
[Route("admin/tenants")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class TenantsAdminController(
    IShellSettingsManager tenants,
    IShellFeatureManager features,
    TenantRequestValidator validator,
    TenantCreator creator,
    TenantStateChanger changer,
    TenantRemoval removal,
    TenantDatabase platformDatabase,
    EnabledFeatures enabledHere,
    IAuthorizationService authorization) : Controller
{
    private const string FeaturesModule = "Portal.Features";

    // The form's field for each API field, so the error summary links to the right input.
    private static readonly Dictionary<string, string> FormFields = new(StringComparer.Ordinal)
    {
        ["name"] = nameof(CreateTenantForm.Name),
        ["displayName"] = nameof(CreateTenantForm.DisplayName),
        ["urlPrefix"] = nameof(CreateTenantForm.UrlPrefix),
        ["hosts"] = nameof(CreateTenantForm.Hosts),
        ["recipe"] = nameof(CreateTenantForm.Recipe),
        ["recipeJson"] = nameof(CreateTenantForm.Recipe),
        ["adminEmail"] = nameof(CreateTenantForm.AdminEmail),
    };

    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewTenantsPolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var all = await tenants.LoadAllAsync(cancellationToken);
        var rows = all.Select(t => new TenantRow(t.Name, t.DisplayName, TenantDisplay.Url(t, Request.PathBase), t.State,
            !string.IsNullOrEmpty(t.SetupError), features.EffectiveFeatures(t).Count)).ToList();
        ViewData["Title"] = "Tenants";
        return View(new TenantListViewModel(rows, await CanManageAsync()));
    }

    [HttpGet("create")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public IActionResult Create()
    {
        ViewData["Title"] = "Create a tenant";
        return View(new CreateTenantViewModel(new CreateTenantForm { Recipe = "police-force" }, validator.TenantRecipes()));
    }

    [HttpPost("create")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public async Task<IActionResult> Create([FromForm] CreateTenantForm form, CancellationToken cancellationToken)
    {
        var hosts = (form.Hosts ?? "").Split(['\r', '\n', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var result = await creator.CreateAsync(new CreateTenantRequest
        {
            Name = form.Name,
            DisplayName = form.DisplayName,
            UrlPrefix = form.UrlPrefix,
            Hosts = hosts,
            Recipe = form.Recipe,
            AdminEmail = form.AdminEmail,
        }, cancellationToken);

        if (result.Outcome == TenantCreationOutcome.Created)
        {
            // The password is in this response only: never cached, never redirected through a URL or TempData.
            Response.Headers.CacheControl = "no-store";
            var tenant = result.Tenant!;
            ViewData["Title"] = "Tenant created";
            return View("Created", new TenantCreatedViewModel(tenant.Name, tenant.DisplayName, TenantDisplay.Url(tenant, Request.PathBase),
                result.AdminEmail!, result.AdminPassword!));
        }

        if (result.Outcome == TenantCreationOutcome.SetupFailed)
        {
            TempData["Notice"] = $"The tenant '{result.Tenant!.Name}' was created, but its setup failed. The reason is shown below.";
            return Redirect(Url.Content($"~/admin/tenants/{Uri.EscapeDataString(result.Tenant.Name)}"));
        }

        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(FormFields.GetValueOrDefault(field, ""), message);
            }
        }

        Response.StatusCode = result.Outcome == TenantCreationOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        ViewData["Title"] = "Create a tenant";
        return View(new CreateTenantViewModel(form, validator.TenantRecipes()));
    }

    [HttpGet("{name}")]
    [Authorize(Policy = Permissions.ViewTenantsPolicy)]
    public async Task<IActionResult> Details(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        ViewData["Title"] = string.IsNullOrEmpty(tenant.DisplayName) ? tenant.Name : tenant.DisplayName;
        ViewData["Caption"] = "Tenants";
        return View(new TenantDetailsViewModel(tenant, TenantDisplay.Url(tenant, Request.PathBase), features.EffectiveFeatures(tenant),
            await CanManageAsync(), enabledHere.Contains(FeaturesModule)));
    }

    [HttpGet("{name}/disable")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public Task<IActionResult> ConfirmDisable(string name, CancellationToken cancellationToken) => ConfirmAsync(name, "disable", cancellationToken);

    [HttpGet("{name}/enable")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public Task<IActionResult> ConfirmEnable(string name, CancellationToken cancellationToken) => ConfirmAsync(name, "enable", cancellationToken);

    [HttpPost("{name}/disable")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public async Task<IActionResult> Disable(string name, [FromForm] string? versionId, CancellationToken cancellationToken) =>
        Apply(name, "disable", await changer.DisableAsync(name, versionId, cancellationToken));

    [HttpPost("{name}/enable")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public async Task<IActionResult> Enable(string name, [FromForm] string? versionId, CancellationToken cancellationToken) =>
        Apply(name, "enable", await changer.EnableAsync(name, versionId, cancellationToken));

    [HttpGet("{name}/remove")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public async Task<IActionResult> ConfirmRemove(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        return tenant is null ? NotFound() : RemoveView(tenant, null);
    }

    [HttpPost("{name}/remove")]
    [Authorize(Policy = Permissions.ManageTenantsPolicy)]
    public async Task<IActionResult> Remove(string name, [FromForm(Name = "Confirm")] string? confirm, CancellationToken cancellationToken)
    {
        var result = await removal.RemoveAsync(name, confirm, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Success"] = $"The tenant '{name}' was removed with all its data.";
            return Redirect(Url.Content("~/admin/tenants"));
        }

        ModelState.AddModelError(result.ConfirmError is null ? "" : "Confirm", result.ConfirmError ?? result.Refusal!);
        Response.StatusCode = result.ConfirmError is null ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var tenant = await tenants.FindAsync(name, cancellationToken);
        return tenant is null ? NotFound() : RemoveView(tenant, confirm);
    }

    private ViewResult RemoveView(ShellSettings tenant, string? confirm)
    {
        ViewData["Title"] = $"Remove {DisplayName(tenant)}?";
        ViewData["Caption"] = "Tenants";
        return View("Remove", new RemoveTenantViewModel(tenant, platformDatabase.Provider == DatabaseProvider.Postgres, confirm));
    }

    private async Task<IActionResult> ConfirmAsync(string name, string action, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        ViewData["Title"] = action == "disable" ? $"Disable {DisplayName(tenant)}?" : $"Enable {DisplayName(tenant)}?";
        ViewData["Caption"] = "Tenants";
        return View("ConfirmState", new TenantStateConfirmViewModel(tenant, action));
    }

    private IActionResult Apply(string name, string action, TenantStateChangeResult result)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Refusal!);
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Title"] = action == "disable" ? $"Disable {DisplayName(result.Tenant!)}?" : $"Enable {DisplayName(result.Tenant!)}?";
            ViewData["Caption"] = "Tenants";
            return View("ConfirmState", new TenantStateConfirmViewModel(result.Tenant!, action));
        }

        TempData["Success"] = action == "disable"
            ? $"{DisplayName(result.Tenant!)} is disabled. Its pages answer that the service is switched off."
            : $"{DisplayName(result.Tenant!)} is running again.";
        return Redirect(Url.Content($"~/admin/tenants/{Uri.EscapeDataString(name)}"));
    }

    private static string DisplayName(ShellSettings tenant) => string.IsNullOrEmpty(tenant.DisplayName) ? tenant.Name : tenant.DisplayName;

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Permissions.ManageTenantsPolicy)).Succeeded;
}
