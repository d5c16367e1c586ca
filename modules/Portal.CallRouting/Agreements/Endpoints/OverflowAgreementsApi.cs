using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Agreements.Services;

namespace Portal.CallRouting.Agreements.Endpoints;

/// <summary>
/// <c>/api/routing/agreements</c>: this force's overflow agreements with partner forces. Reading needs ViewRouting
/// (and <c>routing.read</c> for a token); proposing, accepting, declining and revoking need ManageAgreements (and
/// <c>routing.write</c>). The other force learns of each change by an event between the two tenants.
/// </summary>
public static class OverflowAgreementsApi
{
    public static IEndpointRouteBuilder MapOverflowAgreementsApi(this IEndpointRouteBuilder routes)
    {
        var agreements = routes.MapGroup("/api/routing/agreements").WithTags("Overflow agreements");
        agreements.MapGet("", ListAsync).RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy("routing.read"));
        agreements.MapGet("/{id}", GetAsync).RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy("routing.read"));

        var changes = agreements.MapGroup("").RequireAuthorization(Permissions.ManageAgreements.Policy, ApiScope.Policy("routing.write"));
        changes.MapPost("", ProposeAsync);
        changes.MapPost("/{id}/accept", AcceptAsync);
        changes.MapPost("/{id}/decline", DeclineAsync);
        changes.MapPost("/{id}/revoke", RevokeAsync);
        return routes;
    }

    private static async Task<IResult> ListAsync(OverflowAgreementService agreements, CancellationToken cancellationToken) =>
        Results.Ok(await agreements.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string id, OverflowAgreementService agreements, CancellationToken cancellationToken) =>
        await agreements.FindAsync(id, cancellationToken) is { } agreement ? Results.Ok(agreement) : ToResult(AgreementOperationResult.NotFound(id));

    private static async Task<IResult> ProposeAsync(HttpRequest request, ClaimsPrincipal user, OverflowAgreementService agreements, CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<ProposeAgreementInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await agreements.ProposeAsync(input!, user, cancellationToken);
        return result.Status == AgreementOperationStatus.Done
            ? Results.Created($"{request.PathBase}/api/routing/agreements/{result.Agreement!.Id}", result.Agreement)
            : ToResult(result);
    }

    private static async Task<IResult> AcceptAsync(string id, HttpRequest request, ClaimsPrincipal user, OverflowAgreementService agreements,
        CancellationToken cancellationToken)
    {
        // No body needed; one that is sent must still be well formed (a reason is allowed but not kept).
        var (_, problem) = await ReadReasonAsync(request);
        return problem ?? ToResult(await agreements.AcceptAsync(id, user, cancellationToken));
    }

    private static async Task<IResult> DeclineAsync(string id, HttpRequest request, ClaimsPrincipal user, OverflowAgreementService agreements,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await ReadReasonAsync(request);
        return problem ?? ToResult(await agreements.DeclineAsync(id, input!.Reason, user, cancellationToken));
    }

    private static async Task<IResult> RevokeAsync(string id, HttpRequest request, ClaimsPrincipal user, OverflowAgreementService agreements,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await ReadReasonAsync(request);
        return problem ?? ToResult(await agreements.RevokeAsync(id, input!.Reason, user, cancellationToken));
    }

    private static async Task<(AgreementReasonInput? Input, IResult? Problem)> ReadReasonAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.ContentType.Any()))
        {
            return (new AgreementReasonInput(null), null);
        }

        return await JsonBody.ReadAsync(request, emptyAs: new AgreementReasonInput(null));
    }

    private static IResult ToResult(AgreementOperationResult result) => result.Status switch
    {
        AgreementOperationStatus.Done => Results.Ok(result.Agreement),
        AgreementOperationStatus.Invalid => Results.ValidationProblem(result.Errors!, statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The agreement cannot be made as asked."),
        AgreementOperationStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: result.Title, detail: result.Detail),
        AgreementOperationStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: result.Title, detail: result.Detail),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: result.Title, detail: result.Detail),
    };
}
