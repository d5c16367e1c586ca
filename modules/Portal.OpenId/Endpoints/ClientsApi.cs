using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Web;
using Portal.OpenId.Models;
using Portal.OpenId.Services;

namespace Portal.OpenId.Endpoints;

/// <summary>
/// <c>/api/clients</c>: the tenant's OpenID Connect clients. A secret appears in a response
/// only when it was just generated (creation, regeneration), never again.
/// </summary>
public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder routes)
    {
        var clients = routes.MapGroup("/api/clients").WithTags("Clients").RequireAuthorization(OpenIdPermissions.ManageClientsPolicy);
        clients.MapGet("", ListAsync);
        clients.MapGet("/{clientId}", GetAsync);
        clients.MapPost("", CreateAsync);
        clients.MapPut("/{clientId}", UpdateAsync);
        clients.MapDelete("/{clientId}", DeleteAsync);
        clients.MapPost("/{clientId}/secret", RegenerateSecretAsync);
        return routes;
    }

    private static async Task<IResult> ListAsync(ClientRegistry registry, CancellationToken cancellationToken) =>
        Results.Ok(await registry.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string clientId, ClientRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(clientId, cancellationToken) is { } client ? Results.Ok(client) : NotFound(clientId);

    private static async Task<IResult> CreateAsync(HttpRequest request, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<ClientInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.CreateAsync(input!, null, cancellationToken);
        return result.Status == ClientOperationStatus.Done
            ? Results.Created($"{request.PathBase}/api/clients/{Uri.EscapeDataString(result.Client!.ClientId)}", new { client = result.Client, secret = result.Secret })
            : Refusal(result, input!.ClientId ?? "");
    }

    private static async Task<IResult> UpdateAsync(string clientId, HttpRequest request, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<ClientInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.UpdateAsync(clientId, input!, cancellationToken);
        return result.Status == ClientOperationStatus.Done
            ? Results.Ok(new { client = result.Client, secret = result.Secret })
            : Refusal(result, clientId);
    }

    private static async Task<IResult> DeleteAsync(string clientId, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(clientId, cancellationToken);
        return result.Status == ClientOperationStatus.Done ? Results.NoContent() : Refusal(result, clientId);
    }

    private static async Task<IResult> RegenerateSecretAsync(string clientId, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var result = await registry.RegenerateSecretAsync(clientId, cancellationToken);
        return result.Status == ClientOperationStatus.Done ? Results.Ok(new { clientId, secret = result.Secret }) : Refusal(result, clientId);
    }

    private static IResult Refusal(ClientOperationResult result, string clientId) => result.Status switch
    {
        ClientOperationStatus.NotFound => NotFound(clientId),
        ClientOperationStatus.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The client id is taken.",
            detail: result.Errors.SelectMany(e => e.Value).FirstOrDefault(),
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors }),
        _ => Results.ValidationProblem(result.Errors),
    };

    private static IResult NotFound(string clientId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such client.", detail: $"There is no client '{clientId}'.");
}
