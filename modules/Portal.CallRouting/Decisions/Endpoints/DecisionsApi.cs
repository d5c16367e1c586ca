using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.CallRouting.Decisions.Models;
using Portal.CallRouting.Decisions.Services;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Decisions.Endpoints;

/// <summary>
/// <c>POST /api/routing/decisions</c>: where a call would go now (or at <c>at</c>) under the published plan and the
/// live state, with the trace of the rules evaluated. ViewRouting and the <c>routing.read</c> scope: a decision shows
/// the plan's rules, so it is reading routing. The telephony platform's client asks for <c>routing.read</c> beside
/// <c>routing.events</c> to use it; <c>routing.events</c> alone stays the narrow "report live state" right.
/// </summary>
public static class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/routing/decisions", DecideAsync)
            .WithTags("Call routing")
            .RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy("routing.read"))
            .WithName("DecideRouting")
            .WithSummary("Where a call for the service goes under the published plan and live state: queue, target, action, rule, plan version and trace.")
            .Accepts<DecisionRequest>("application/json")
            .Produces<DecisionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    private static async Task<IResult> DecideAsync(HttpRequest request, RoutingDecisionService decisions, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await LimitedJsonBody.ReadAsync<DecisionRequest>(request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var (service, callerId, at, errors) = DecisionRequestValidator.Validate(body!);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The decision request is not valid: correct the fields named.");
        }

        var outcome = await decisions.DecideAsync(service, callerId, at ?? clock.GetUtcNow(), cancellationToken, body!.CallId);
        return outcome.Status switch
        {
            DecisionOutcomeStatus.Decided => new SizedJsonResult<DecisionResponse>(DecisionResponse.From(outcome.Decision!)),
            DecisionOutcomeStatus.UnknownService => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No queue answers this service.",
                detail: $"No queue of the published plan answers the service '{service}'.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["service"] = [$"Unknown service '{service}'."] } }),
            // 503, not 409: nothing the caller sends can fix it, and to the telephony platform it means "use your own
            // fallback routing", which is what it must do until a plan is published.
            DecisionOutcomeStatus.NoPublishedPlan => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "No routing plan is published.", detail: "Publish a routing plan version before asking for decisions."),
            _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The published plan has no centre to route to.",
                detail: "The routing plan in force names no contact centre; publish a plan with at least one."),
        };
    }
}
