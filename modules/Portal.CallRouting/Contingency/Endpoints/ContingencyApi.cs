using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.CallRouting.Contingency.Models;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Decisions.Endpoints;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Contingency.Endpoints;

/// <summary>
/// <c>GET /api/routing/contingency-plans</c> (the published plan's contingency plans and which are active),
/// <c>POST .../{code}/activate</c> and <c>POST .../{code}/revert</c>, each with <c>{"reason": "..."}</c>. Switching
/// needs ActivateContingency and the <c>routing.write</c> scope.
/// </summary>
public static class ContingencyApi
{
    public static IEndpointRouteBuilder MapContingencyApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/routing/contingency-plans").WithTags("Call routing");

        group.MapGet("", ListAsync)
            .RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy("routing.read"))
            .WithName("ListContingencyPlans")
            .WithSummary("The contingency plans of the published plan version, each with its activation when active now.")
            .Produces<IReadOnlyList<ContingencyPlanView>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{code}/activate", ActivateAsync)
            .RequireAuthorization(Permissions.ActivateContingency.Policy, ApiScope.Policy("routing.write"))
            .WithName("ActivateContingencyPlan")
            .WithSummary("Switches the contingency plan on, with a reason; it reverts by itself after its RevertAfterMinutes.")
            .Accepts<ContingencyReasonInput>("application/json")
            .Produces<ContingencyActivationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPost("/{code}/revert", RevertAsync)
            .RequireAuthorization(Permissions.ActivateContingency.Policy, ApiScope.Policy("routing.write"))
            .WithName("RevertContingencyPlan")
            .WithSummary("Switches the active contingency plan off now, with a reason.")
            .Accepts<ContingencyReasonInput>("application/json")
            .Produces<ContingencyActivationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        return routes;
    }

    private static async Task<IResult> ListAsync(ContingencyActivations activations, CancellationToken cancellationToken) =>
        await activations.ListAsync(cancellationToken) is { } plans ? Results.Ok(plans) : Answer(ContingencyCommandResult.Refused(ContingencyCommandStatus.NoPublishedPlan), "");

    private static Task<IResult> ActivateAsync(string code, HttpRequest request, ContingencyActivations activations, CancellationToken cancellationToken) =>
        ChangeAsync(code, request, (reason, actor) => activations.ActivateAsync(code, reason, actor, cancellationToken));

    private static Task<IResult> RevertAsync(string code, HttpRequest request, ContingencyActivations activations, CancellationToken cancellationToken) =>
        ChangeAsync(code, request, (reason, actor) => activations.RevertAsync(code, reason, actor, cancellationToken));

    private static async Task<IResult> ChangeAsync(string code, HttpRequest request, Func<string?, string, Task<ContingencyCommandResult>> change)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<ContingencyReasonInput>(request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        return Answer(await change(input!.Reason, ContingencyActor.Of(request.HttpContext.User)), code);
    }

    private static IResult Answer(ContingencyCommandResult result, string code) => result.Status switch
    {
        ContingencyCommandStatus.Done => Results.Ok(result.Activation),
        ContingencyCommandStatus.Invalid => Results.ValidationProblem(result.Errors, title: "The request is not valid: correct the fields named."),
        ContingencyCommandStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such contingency plan.",
            detail: $"The published routing plan has no contingency plan '{code}'."),
        ContingencyCommandStatus.AlreadyActive => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already active.",
            detail: $"The contingency plan '{code}' is already active; revert it first to start it again."),
        ContingencyCommandStatus.NotActive => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not active.",
            detail: $"The contingency plan '{code}' is not active, so there is nothing to revert."),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No routing plan is published.",
            detail: "Contingency plans come with a published routing plan version; publish one first."),
    };
}
