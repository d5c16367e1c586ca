using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Web;
using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Services;

namespace Portal.CallRouting.Plans.Endpoints;

/// <summary>Turns a workflow outcome into the API's answer: the version with its ETag, or problem+json saying why not.</summary>
internal static class PlanResults
{
    public static async Task<IResult> ToResultAsync(HttpContext http, PlanWorkflow workflow, PlanOutcome outcome, int status = StatusCodes.Status200OK)
    {
        switch (outcome.Kind)
        {
            case PlanOutcomeKind.NotFound:
                return NotFoundProblem(outcome.Reason!);
            case PlanOutcomeKind.Conflict:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The routing plan version cannot be changed that way.", detail: outcome.Reason);
            case PlanOutcomeKind.PreconditionRequired:
                return Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.", detail: outcome.Reason);
            case PlanOutcomeKind.Forbidden:
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not approve this version.", detail: outcome.Reason);
            case PlanOutcomeKind.BadInput:
                return Results.ValidationProblem(outcome.Errors!, title: "The request is not valid: correct the fields named.");
            case PlanOutcomeKind.Invalid:
                var validation = outcome.Validation!;
                return Results.ValidationProblem(validation.ErrorsByPath(), statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "The routing plan has errors: correct the fields named.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["findings"] = validation.Findings,
                        ["warnings"] = validation.Warnings.ToList(),
                    });
        }

        var version = outcome.Version!;
        var body = new PlanVersionResponse(version, await workflow.StatusAsync(version, http.RequestAborted), outcome.Validation?.Warnings);
        http.Response.Headers.ETag = ETags.Format(version.ConcurrencyToken);
        http.Response.Headers.CacheControl = "no-store";
        return status == StatusCodes.Status201Created
            ? Results.Created($"{http.Request.PathBase}/api/routing/plans/{version.Number}", body)
            : Results.Ok(body);
    }

    public static IResult NotFoundProblem(int number) => NotFoundProblem($"There is no routing plan version {number}.");

    private static IResult NotFoundProblem(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such routing plan version.", detail: detail);
}
