using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Web;
using Portal.Features.Models;
using Portal.Features.Services;

namespace Portal.Features.Endpoints;

/// <summary>
/// <c>GET /api/modules</c> (the catalogue) and <c>/api/tenants/{name}/features</c> (one tenant's features, and
/// changing them under optimistic concurrency: If-Match with the tenant's version).
/// </summary>
public static class FeaturesApi
{
    public static IEndpointRouteBuilder MapFeaturesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/modules", (ModuleCatalogReader reader) => Results.Ok(reader.Read()))
            .RequireAuthorization(Permissions.ViewModules.Policy)
            .WithTags("Modules")
            .WithName("ListModules")
            .WithSummary("Lists every module and feature (with dependencies and dependents) and every refused plug-in.")
            .Produces<ModuleCatalogResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var tenantFeatures = routes.MapGroup("/api/tenants/{name}/features").WithTags("Features");

        tenantFeatures.MapGet("", GetAsync)
            .RequireAuthorization(Permissions.ViewModules.Policy)
            .WithName("GetTenantFeatures")
            .WithSummary("A tenant's enabled features, and every feature it can have with what enabling or disabling it would also change.")
            .Produces<TenantFeaturesResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tenantFeatures.MapPost("", UpdateAsync)
            .RequireAuthorization(Permissions.ManageFeatures.Policy)
            .Accepts<UpdateFeaturesRequest>("application/json")
            .WithName("UpdateTenantFeatures")
            .WithSummary("Enables and disables features of a tenant (dependencies follow an enable, dependents a disable). Optional If-Match: \"<versionId>\".")
            .Produces<UpdateFeaturesResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return routes;
    }

    private static async Task<IResult> GetAsync(string name, HttpContext http, IShellSettingsManager tenants, IShellFeatureManager featureSet,
        FeatureOverviewBuilder overview, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound(name);
        }

        http.Response.Headers.ETag = ETags.Format(tenant.VersionId);
        return Results.Ok(new TenantFeaturesResponse(tenant.Name, tenant.VersionId, featureSet.EffectiveFeatures(tenant), overview.Build(tenant)));
    }

    private static async Task<IResult> UpdateAsync(string name, HttpContext http, FeatureChanger changer, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<UpdateFeaturesRequest>(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await changer.ChangeAsync(name, request!.Enable ?? [], request.Disable ?? [], ETags.ExpectedVersion(http.Request), cancellationToken);
        var extensions = result.FeatureId is null ? null : new Dictionary<string, object?> { ["featureId"] = result.FeatureId };
        switch (result.Outcome)
        {
            case FeatureChangeOutcome.NotFound:
                return NotFound(name);
            case FeatureChangeOutcome.Invalid:
                return Results.ValidationProblem(new Dictionary<string, string[]> { [result.Field ?? ""] = [result.Message!] },
                    title: "The features were not changed: correct the request.", extensions: extensions);
            case FeatureChangeOutcome.Conflict:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The features were not changed.",
                    detail: result.Message, extensions: extensions);
        }

        if (result.VersionId is not null)
        {
            http.Response.Headers.ETag = ETags.Format(result.VersionId);
        }

        return Results.Ok(new UpdateFeaturesResponse(name, result.VersionId ?? "", result.Enabled!));
    }

    private static IResult NotFound(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such tenant", detail: $"There is no tenant named '{name}'.");
}
