using Portal.Abstractions.Platform;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Shell;
using Portal.Abstractions.Web;
using Portal.Tenants.Models;
using Portal.Tenants.Services;

namespace Portal.Tenants.Endpoints;

/// <summary>Turns tenants and refusals into API answers (problem+json for every refusal).</summary>
public static class TenantResponses
{
    public static TenantResponse ToResponse(ShellSettings tenant, IShellFeatureManager features) => new()
    {
        Name = tenant.Name,
        DisplayName = tenant.DisplayName,
        State = tenant.State,
        UrlPrefix = tenant.UrlPrefix,
        Hosts = tenant.Hosts,
        EnabledFeatures = features.EffectiveFeatures(tenant),
        SetupRecipe = tenant.SetupRecipe,
        SetupError = tenant.SetupError,
        VersionId = tenant.VersionId,
    };

    /// <summary>200 with the tenant and its version as ETag.</summary>
    public static IResult Ok(HttpContext http, ShellSettings tenant, IShellFeatureManager features)
    {
        http.Response.Headers.ETag = ETags.Format(tenant.VersionId);
        return Results.Ok(ToResponse(tenant, features));
    }

    public static IResult NotFound(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such tenant", detail: $"There is no tenant named '{name}'.");

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The change conflicts with the tenant's current state", detail: detail);
}
