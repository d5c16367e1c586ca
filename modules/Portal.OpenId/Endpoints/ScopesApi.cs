using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Web;
using Portal.OpenId.Models;
using Portal.OpenId.Services;

namespace Portal.OpenId.Endpoints;

/// <summary>
/// <c>/api/scopes</c>: the scopes of the tenant's authorization server, as stored (built-in ones flagged
/// <c>builtIn</c>). Same permission as clients: whoever decides what a client may ask for decides what there is
/// to ask for.
/// </summary>
public static class ScopesApi
{
    public static IEndpointRouteBuilder MapScopesApi(this IEndpointRouteBuilder routes)
    {
        var scopes = routes.MapGroup("/api/scopes").WithTags("Scopes").RequireAuthorization(OpenIdPermissions.ManageClientsPolicy);
        scopes.MapGet("", ListAsync);
        scopes.MapGet("/{name}", GetAsync);
        scopes.MapPost("", CreateAsync);
        scopes.MapPut("/{name}", UpdateAsync);
        scopes.MapDelete("/{name}", DeleteAsync);
        return routes;
    }

    private static async Task<IResult> ListAsync(ScopeRegistry registry, CancellationToken cancellationToken) =>
        Results.Ok(await registry.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string name, ScopeRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(name, cancellationToken) is { } scope ? Results.Ok(scope) : NotFound(name);

    private static async Task<IResult> CreateAsync(HttpRequest request, ScopeRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<ScopeInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.CreateAsync(input!, cancellationToken);
        return result.Status == ScopeOperationStatus.Done
            ? Results.Created($"{request.PathBase}/api/scopes/{Uri.EscapeDataString(result.Scope!.Name)}", result.Scope)
            : Refusal(result, input!.Name ?? "");
    }

    private static async Task<IResult> UpdateAsync(string name, HttpRequest request, ScopeRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<ScopeInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.UpdateAsync(name, input!, cancellationToken);
        return result.Status == ScopeOperationStatus.Done ? Results.Ok(result.Scope) : Refusal(result, name);
    }

    private static async Task<IResult> DeleteAsync(string name, ScopeRegistry registry, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(name, cancellationToken);
        return result.Status == ScopeOperationStatus.Done ? Results.NoContent() : Refusal(result, name);
    }

    private static IResult Refusal(ScopeOperationResult result, string name) => result.Status switch
    {
        ScopeOperationStatus.NotFound => NotFound(name),
        ScopeOperationStatus.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: result.Title, detail: result.Reason,
            extensions: result.Clients is null
                ? new Dictionary<string, object?> { ["errors"] = result.Errors }
                : new Dictionary<string, object?> { ["errors"] = result.Errors, ["clients"] = result.Clients }),
        _ => Results.ValidationProblem(result.Errors),
    };

    private static IResult NotFound(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such scope.", detail: $"There is no scope '{name}'.");
}
