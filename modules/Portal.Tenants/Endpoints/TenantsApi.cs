using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Web;
using Portal.Tenants.Models;
using Portal.Tenants.Services;

namespace Portal.Tenants.Endpoints;

/// <summary>
/// <c>/api/tenants</c>: list, read, create (and set up), disable, enable and remove tenants. Every POST takes
/// <c>application/json</c> only (see <see cref="JsonBody"/>); refusals are problem+json with field errors.
/// </summary>
public static class TenantsApi
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tenants").WithTags("Tenants");

        group.MapGet("", ListAsync)
            .RequireAuthorization(Permissions.ViewTenants.Policy)
            .WithName("ListTenants")
            .WithSummary("Lists every tenant of the platform with its state and features.")
            .Produces<TenantResponse[]>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{name}", GetAsync)
            .RequireAuthorization(Permissions.ViewTenants.Policy)
            .WithName("GetTenant")
            .WithSummary("Reads one tenant; its version id is sent as the ETag.")
            .Produces<TenantResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", CreateAsync)
            .RequireAuthorization(Permissions.ManageTenants.Policy)
            .Accepts<CreateTenantRequest>("application/json")
            .WithName("CreateTenant")
            .WithSummary("Creates a tenant and sets it up from a recipe; answers its first administrator's password once.")
            .Produces<CreatedTenantResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/{name}/disable", DisableAsync)
            .RequireAuthorization(Permissions.ManageTenants.Policy)
            .Accepts(typeof(TenantStateRequest), isOptional: true, "application/json")
            .WithName("DisableTenant")
            .WithSummary("Switches a tenant off: its pages answer 503 until it is enabled. Optional If-Match: \"<versionId>\".")
            .Produces<TenantResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/{name}/enable", EnableAsync)
            .RequireAuthorization(Permissions.ManageTenants.Policy)
            .Accepts(typeof(TenantStateRequest), isOptional: true, "application/json")
            .WithName("EnableTenant")
            .WithSummary("Switches a disabled tenant back on. Optional If-Match: \"<versionId>\".")
            .Produces<TenantResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapDelete("/{name}", RemoveAsync)
            .RequireAuthorization(Permissions.ManageTenants.Policy)
            .Accepts<RemoveTenantRequest>("application/json")
            .WithName("RemoveTenant")
            .WithSummary("Removes a disabled or uninitialized tenant with all its data; the body { \"confirm\": \"<name>\" } must repeat its name.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return routes;
    }

    private static async Task<IResult> RemoveAsync(string name, HttpContext http, TenantRemoval removal, CancellationToken cancellationToken)
    {
        // No body at all is a missing confirmation (400 naming "confirm"), not an unsupported media type.
        var request = RemoveTenantRequest.Empty;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.ContentType.Count > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            var (body, problem) = await JsonBody.ReadAsync(http.Request, emptyAs: RemoveTenantRequest.Empty);
            if (problem is not null)
            {
                return problem;
            }

            request = body!;
        }

        var result = await removal.RemoveAsync(name, request.Confirm, cancellationToken);
        if (result.NotFound)
        {
            return TenantResponses.NotFound(name);
        }

        if (result.ConfirmError is { } confirmError)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["confirm"] = [confirmError] },
                title: "The tenant was not removed: confirm with its name.");
        }

        return result.Succeeded ? Results.NoContent() : TenantResponses.Conflict(result.Refusal!);
    }

    private static async Task<IResult> ListAsync(IShellSettingsManager tenants, IShellFeatureManager features, CancellationToken cancellationToken)
    {
        var all = await tenants.LoadAllAsync(cancellationToken);
        return Results.Ok(all.Select(t => TenantResponses.ToResponse(t, features)).ToList());
    }

    private static async Task<IResult> GetAsync(string name, HttpContext http, IShellSettingsManager tenants, IShellFeatureManager features,
        CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(name, cancellationToken);
        return tenant is null ? TenantResponses.NotFound(name) : TenantResponses.Ok(http, tenant, features);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, TenantCreator creator, IShellFeatureManager features, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<CreateTenantRequest>(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await creator.CreateAsync(request!, cancellationToken);
        switch (result.Outcome)
        {
            case TenantCreationOutcome.Invalid:
                return Results.ValidationProblem(result.Errors, title: "The tenant was not created: correct the fields named.");
            case TenantCreationOutcome.Conflict:
                return Results.ValidationProblem(result.Errors, statusCode: StatusCodes.Status409Conflict,
                    title: "The tenant was not created: it collides with an existing tenant.");
            case TenantCreationOutcome.SetupFailed:
                return Results.ValidationProblem(result.Errors, statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "The tenant was created, but its setup failed; it stays uninitialized.",
                    extensions: new Dictionary<string, object?> { ["tenant"] = TenantResponses.ToResponse(result.Tenant!, features) });
        }

        var tenant = result.Tenant!;
        var body = TenantResponses.ToResponse(tenant, features);
        http.Response.Headers.ETag = ETags.Format(tenant.VersionId);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Created($"{http.Request.PathBase}/api/tenants/{Uri.EscapeDataString(tenant.Name)}", new CreatedTenantResponse
        {
            Name = body.Name,
            DisplayName = body.DisplayName,
            State = body.State,
            UrlPrefix = body.UrlPrefix,
            Hosts = body.Hosts,
            EnabledFeatures = body.EnabledFeatures,
            SetupRecipe = body.SetupRecipe,
            SetupError = body.SetupError,
            VersionId = body.VersionId,
            AdminEmail = result.AdminEmail!,
            InitialAdminPassword = result.AdminPassword!,
        });
    }

    private static Task<IResult> DisableAsync(string name, HttpContext http, TenantStateChanger changer, IShellFeatureManager features,
        CancellationToken cancellationToken) =>
        ChangeStateAsync(name, http, features, (version, ct) => changer.DisableAsync(name, version, ct), cancellationToken);

    private static Task<IResult> EnableAsync(string name, HttpContext http, TenantStateChanger changer, IShellFeatureManager features,
        CancellationToken cancellationToken) =>
        ChangeStateAsync(name, http, features, (version, ct) => changer.EnableAsync(name, version, ct), cancellationToken);

    private static async Task<IResult> ChangeStateAsync(string name, HttpContext http, IShellFeatureManager features,
        Func<string?, CancellationToken, Task<TenantStateChangeResult>> change, CancellationToken cancellationToken)
    {
        var (_, problem) = await JsonBody.ReadAsync(http.Request, emptyAs: TenantStateRequest.Empty);
        if (problem is not null)
        {
            return problem;
        }

        var result = await change(ETags.ExpectedVersion(http.Request), cancellationToken);
        if (result.NotFound)
        {
            return TenantResponses.NotFound(name);
        }

        return result.Succeeded ? TenantResponses.Ok(http, result.Tenant!, features) : TenantResponses.Conflict(result.Refusal!);
    }
}
