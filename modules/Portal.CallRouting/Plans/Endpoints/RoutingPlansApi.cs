using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Diff;
using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.Plans.Validation;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Plans.Endpoints;

/// <summary>
/// <c>/api/routing/plans</c>: the history, drafts and their edits (If-Match), submit (validation, 422 with field
/// paths), approve (another person), return to draft, publish (now or at a time), rollback and the difference between
/// two versions. Reading needs ViewRouting and, for a token, routing.read; every change needs its permission and
/// routing.write. Bodies over 1 MB: 413.
/// </summary>
public static class RoutingPlansApi
{
    private const string Read = "routing.read";
    private const string Write = "routing.write";

    public static IEndpointRouteBuilder MapRoutingPlansApi(this IEndpointRouteBuilder routes)
    {
        var plans = routes.MapGroup("/api/routing/plans").WithTags("Routing plans");

        plans.MapGet("", ListAsync)
            .RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy(Read))
            .WithName("ListRoutingPlans")
            .WithSummary("Every version of the routing plan, newest first, with its state as of now.")
            .Produces<PlanVersionSummaryResponse[]>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapPost("", CreateAsync)
            .RequireAuthorization(Permissions.EditRouting.Policy, ApiScope.Policy(Write))
            .Accepts(typeof(CreatePlanRequest), isOptional: true, "application/json")
            .WithName("CreateRoutingPlan")
            .WithSummary("A new draft: empty, or with { \"copyFrom\": n } a copy of version n's rules.")
            .Produces<PlanVersionResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapGet("/{version:int}", GetAsync)
            .RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy(Read))
            .WithName("GetRoutingPlan")
            .WithSummary("One version with its document (and, once published, its configuration copy and SHA-256); ETag for If-Match.")
            .Produces<PlanVersionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapPut("/{version:int}", UpdateAsync)
            .RequireAuthorization(Permissions.EditRouting.Policy, ApiScope.Policy(Write))
            .Accepts<RoutingPlanDocument>("application/json")
            .WithName("UpdateRoutingPlan")
            .WithSummary("Replaces a draft's document. If-Match with the ETag read is required (428 without, 409 when stale); a version that is not a draft: 409.")
            .Produces<PlanVersionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        Step(plans, "/{version:int}/submit", SubmitAsync, Permissions.EditRouting, "SubmitRoutingPlan",
            "Validates a draft and submits it for approval; errors: 422 with field paths (nothing changes), warnings come with the answer.");
        Step(plans, "/{version:int}/approve", ApproveAsync, Permissions.ApproveRouting, "ApproveRoutingPlan",
            "Approves a submitted version; its submitter or last editor may not (403).");
        Step(plans, "/{version:int}/return", ReturnAsync, Permissions.ApproveRouting, "ReturnRoutingPlan",
            "Sends a submitted or approved version back to draft: { \"reason\": \"...\" }.");
        Step(plans, "/{version:int}/publish", PublishAsync, Permissions.PublishRouting, "PublishRoutingPlan",
            "Publishes an approved version now, or at { \"at\": \"2026-12-01T06:00:00Z\" }; validated again against the current configuration (422).");
        Step(plans, "/{version:int}/rollback", RollbackAsync, Permissions.PublishRouting, "RollbackRoutingPlan",
            "A new version with the rules of an earlier published version, submitted at once: another person approves it, then it is published.", created: true);

        plans.MapGet("/{a:int}/diff/{b:int}", DiffAsync)
            .RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy(Read))
            .WithName("DiffRoutingPlans")
            .WithSummary("What changed from version a to version b: queue policies, rules (by id), conditions and actions, defaults, contingency plans.")
            .Produces<PlanDiff>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return routes;
    }

    private static void Step(RouteGroupBuilder plans, string pattern, Delegate handler, Permission permission, string name, string summary, bool created = false) =>
        plans.MapPost(pattern, handler)
            .RequireAuthorization(permission.Policy, ApiScope.Policy(Write))
            .WithName(name)
            .WithSummary(summary)
            .Produces<PlanVersionResponse>(created ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> ListAsync(PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var all = await workflow.ListAsync(cancellationToken);
        return Results.Ok(all.Select(x => new PlanVersionSummaryResponse(x.Version, x.Status)).ToList());
    }

    private static async Task<IResult> GetAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var found = await workflow.GetAsync(version, cancellationToken);
        if (found is not { } x)
        {
            return PlanResults.NotFoundProblem(version);
        }

        http.Response.Headers.ETag = ETags.Format(x.Version.ConcurrencyToken);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new PlanVersionResponse(x.Version, x.Status));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (request, problem) = await LimitedJsonBody.ReadAsync(http.Request, RoutingApiBody.Limit, emptyAs: CreatePlanRequest.Empty);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await workflow.CreateAsync(request!.CopyFrom, PlanActor.Of(http.User), cancellationToken);
        return await PlanResults.ToResultAsync(http, workflow, outcome, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (document, problem) = await LimitedJsonBody.ReadAsync<RoutingPlanDocument>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var shape = PlanDocumentShape.Check(document);
        if (shape.Count > 0)
        {
            return Results.ValidationProblem(shape, title: "The plan document is incomplete: correct the fields named.");
        }

        var outcome = await workflow.UpdateAsync(version, ETags.ExpectedVersion(http.Request), document!, PlanActor.Of(http.User), cancellationToken);
        return await PlanResults.ToResultAsync(http, workflow, outcome);
    }

    private static async Task<IResult> SubmitAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (_, problem) = await LimitedJsonBody.ReadAsync(http.Request, RoutingApiBody.Limit, emptyAs: StepRequest.Empty);
        return problem ?? await PlanResults.ToResultAsync(http, workflow,
            await workflow.SubmitAsync(version, ETags.ExpectedVersion(http.Request), PlanActor.Of(http.User), cancellationToken));
    }

    private static async Task<IResult> ApproveAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (_, problem) = await LimitedJsonBody.ReadAsync(http.Request, RoutingApiBody.Limit, emptyAs: StepRequest.Empty);
        return problem ?? await PlanResults.ToResultAsync(http, workflow,
            await workflow.ApproveAsync(version, ETags.ExpectedVersion(http.Request), PlanActor.Of(http.User), cancellationToken));
    }

    private static async Task<IResult> ReturnAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (request, problem) = await LimitedJsonBody.ReadAsync<ReturnPlanRequest>(http.Request, RoutingApiBody.Limit);
        return problem ?? await PlanResults.ToResultAsync(http, workflow,
            await workflow.ReturnAsync(version, ETags.ExpectedVersion(http.Request), request!.Reason, PlanActor.Of(http.User), cancellationToken));
    }

    private static async Task<IResult> PublishAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (request, problem) = await LimitedJsonBody.ReadAsync(http.Request, RoutingApiBody.Limit, emptyAs: PublishPlanRequest.Now);
        return problem ?? await PlanResults.ToResultAsync(http, workflow,
            await workflow.PublishAsync(version, ETags.ExpectedVersion(http.Request), request!.At, PlanActor.Of(http.User), cancellationToken));
    }

    private static async Task<IResult> RollbackAsync(int version, HttpContext http, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var (_, problem) = await LimitedJsonBody.ReadAsync(http.Request, RoutingApiBody.Limit, emptyAs: StepRequest.Empty);
        return problem ?? await PlanResults.ToResultAsync(http, workflow,
            await workflow.RollbackAsync(version, PlanActor.Of(http.User), cancellationToken), StatusCodes.Status201Created);
    }

    private static async Task<IResult> DiffAsync(int a, int b, PlanWorkflow workflow, CancellationToken cancellationToken)
    {
        var diff = await workflow.DiffAsync(a, b, cancellationToken);
        return diff.Diff is { } found ? Results.Ok(found) : PlanResults.NotFoundProblem(diff.Missing!.Value);
    }
}
