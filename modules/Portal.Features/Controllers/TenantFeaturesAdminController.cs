using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Features.Services;
using Portal.Features.ViewModels;

namespace Portal.Features.Controllers;

/// <summary>
/// One tenant's features, grouped by category, each with an Enable or Disable button. A disable that would take
/// other features along is shown first as a confirmation step; a refused change is explained in the error
/// summary, which links to the feature concerned.
/// </summary>
[Route("admin/tenants/{name}/features")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class TenantFeaturesAdminController(
    IShellSettingsManager tenants,
    FeatureOverviewBuilder overview,
    FeatureChanger changer,
    FeatureNames names,
    IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewModulesPolicy)]
    public async Task<IActionResult> Index(string name, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        return tenant is null ? NotFound() : await PageAsync(tenant);
    }

    [HttpPost("")]
    [Authorize(Policy = Permissions.ManageFeaturesPolicy)]
    public async Task<IActionResult> Change(string name, [FromForm] FeatureChangeForm form, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        var featureId = form.FeatureId ?? "";
        if (form.Action is not ("enable" or "disable"))
        {
            ModelState.AddModelError("", "Choose Enable or Disable for a feature.");
            return await PageAsync(tenant, StatusCodes.Status400BadRequest);
        }

        IReadOnlyList<string> enable = form.IsDisable ? [] : [featureId];
        IReadOnlyList<string> disable = form.IsDisable ? [featureId] : [];

        if (form.IsDisable && !form.Confirmed && changer.Check(tenant, enable, disable, form.VersionId) is null
            && overview.Build(tenant).FirstOrDefault(f => f.Id == featureId) is { AlsoDisables.Count: > 0 } feature)
        {
            ViewData["Title"] = $"Disable {feature.Name}?";
            ViewData["Caption"] = DisplayName(tenant);
            return View("ConfirmDisable", new ConfirmDisableViewModel(tenant, feature, names));
        }

        var result = await changer.ChangeAsync(tenant.Name, enable, disable, form.VersionId, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureChangeOutcome.NotFound:
                return NotFound();
            case FeatureChangeOutcome.Invalid or FeatureChangeOutcome.Conflict:
                ModelState.AddModelError(result.FeatureId is null ? "" : FeatureAnchor(result.FeatureId), result.Message!);
                var current = await tenants.FindAsync(name, cancellationToken) ?? tenant;
                return await PageAsync(current, result.Outcome == FeatureChangeOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        TempData["Success"] = form.IsDisable ? $"{names.Of(featureId)} is disabled for {DisplayName(tenant)}." : $"{names.Of(featureId)} is enabled for {DisplayName(tenant)}.";
        return Redirect(Url.Content($"~/admin/tenants/{Uri.EscapeDataString(tenant.Name)}/features"));
    }

    /// <summary>The model-state key whose derived element id is the feature's card, so the error summary links to it.</summary>
    public static string FeatureAnchor(string featureId) => "feature-" + featureId;

    private async Task<IActionResult> PageAsync(ShellSettings tenant, int status = StatusCodes.Status200OK)
    {
        var categories = overview.Build(tenant)
            .GroupBy(f => f.Category)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new FeatureCategory(g.Key, g.OrderBy(f => f.Name, StringComparer.CurrentCulture).ToList()))
            .ToList();
        var canManage = (await authorization.AuthorizeAsync(User, Permissions.ManageFeaturesPolicy)).Succeeded;
        Response.StatusCode = status;
        ViewData["Title"] = "Features";
        ViewData["Caption"] = DisplayName(tenant);
        return View("Index", new TenantFeaturesViewModel(tenant, categories, names, canManage));
    }

    private static string DisplayName(ShellSettings tenant) => string.IsNullOrEmpty(tenant.DisplayName) ? tenant.Name : tenant.DisplayName;
}
