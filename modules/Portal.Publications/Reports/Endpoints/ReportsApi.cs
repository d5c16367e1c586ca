using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Reports.Endpoints;

/// <summary>
/// <c>/api/publications/reports</c>: the editors' API. Reports in every state, create, replace (If-Match), delete a
/// never-published draft, and the workflow: submit, approve (never one's own), return, publish (approved only, with a
/// change note after the first version), withdraw (public reason). Reading needs ViewPublications and, for a token,
/// publications.read; each change its permission and publications.write. Part 2 bodies never leave through here: the
/// Sensitive feature's <c>{reference}/part-2</c> (WorkingPart2Api) serves them, under the OFFICIAL-SENSITIVE rules.
/// </summary>
public static class ReportsApi
{
    public const string Prefix = "/api/publications/reports";

    /// <summary>A long report in Markdown is well under 4 MB; attachments travel separately, with their own limit.</summary>
    public static readonly BodySizeLimit BodyLimit = new(4 * 1024 * 1024, "A report request");

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var reports = routes.MapGroup(Prefix).WithTags("Decision reports");

        reports.MapGet("", ListAsync)
            .RequireAuthorization(Permissions.ViewPublications.Policy, ApiScope.Policy(Permissions.ReadScope))
            .WithName("ListDecisionReports")
            .WithSummary("Every report in any state (?state=Draft|InReview|Approved|Published|Withdrawn), last changed first.")
            .Produces<ReportSummaryResponse[]>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapPost("", CreateAsync)
            .RequireAuthorization(Permissions.EditPublications.Policy, ApiScope.Policy(Permissions.WriteScope))
            .Accepts<ReportInput>("application/json")
            .WithName("CreateDecisionReport")
            .WithSummary("A new draft; its author may never approve it.")
            .Produces<ReportResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapGet("/{reference}", GetAsync)
            .RequireAuthorization(Permissions.ViewPublications.Policy, ApiScope.Policy(Permissions.ReadScope))
            .WithName("GetDecisionReport")
            .WithSummary("The working copy (Part 2 without its bodies: a cleared editor with a grant reads them at /{reference}/part-2); ETag for If-Match.")
            .Produces<ReportResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapPut("/{reference}", UpdateAsync)
            .RequireAuthorization(Permissions.EditPublications.Policy, ApiScope.Policy(Permissions.WriteScope))
            .Accepts<ReportInput>("application/json")
            .WithName("UpdateDecisionReport")
            .WithSummary("Replaces the working copy; If-Match required (428 without, 409 when stale). A published report goes back to draft; its published version stays public.")
            .Produces<ReportResponse>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapDelete("/{reference}", DeleteAsync)
            .RequireAuthorization(Permissions.EditPublications.Policy, ApiScope.Policy(Permissions.WriteScope))
            .WithName("DeleteDecisionReport")
            .WithSummary("Deletes a report never published (409 for a published one: withdraw it).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        Step(reports, "submit", SubmitAsync, Permissions.EditPublications, "SubmitDecisionReport", "Checks the draft and sends it for review (422 with field paths).");
        Step(reports, "approve", ApproveAsync, Permissions.ApprovePublications, "ApproveDecisionReport", "Approves a report in review; its author or submitter may not (403).");
        Step(reports, "return", ReturnAsync, Permissions.ApprovePublications, "ReturnDecisionReport", "Sends a report in review or approved back to draft: { \"reason\": \"...\" }.");
        Step(reports, "publish", PublishAsync, Permissions.PublishPublications, "PublishDecisionReport", "Publishes an approved report as its next version (403 when not approved): { \"changeNote\": \"...\" }, required after the first version.");
        Step(reports, "withdraw", WithdrawAsync, Permissions.PublishPublications, "WithdrawDecisionReport", "Takes a published report off the public site; its notice keeps { \"reason\": \"...\" }.");
        return routes;
    }

    private static void Step(RouteGroupBuilder reports, string step, Delegate handler, Permission permission, string name, string summary) =>
        reports.MapPost("/{reference}/" + step, handler)
            .RequireAuthorization(permission.Policy, ApiScope.Policy(Permissions.WriteScope))
            .Accepts<StepInput>("application/json")
            .WithName(name)
            .WithSummary(summary + " If-Match is optional; when sent and stale: 409.")
            .Produces<ReportResponse>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> ListAsync(string? state, ReportAuthoring authoring, CancellationToken cancellationToken)
    {
        ReportState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<ReportState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(state, out _))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["Choose Draft, InReview, Approved, Published or Withdrawn."] });
            }

            wanted = parsed;
        }

        var reports = await authoring.ListAsync(wanted, cancellationToken);
        return Results.Ok(reports.Select(ReportResponses.Summary).ToList());
    }

    private static async Task<IResult> GetAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken)
    {
        var report = await authoring.FindAsync(reference, cancellationToken);
        return report is null
            ? ReportResults.NotFound($"There is no report '{reference}'.")
            : ReportResults.From(http, ReportOutcome.Done(report), markdown);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<ReportInput>(http.Request, BodyLimit);
        return problem ?? ReportResults.From(http, await authoring.CreateAsync(input!, http.User, cancellationToken), markdown);
    }

    private static async Task<IResult> UpdateAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<ReportInput>(http.Request, BodyLimit);
        return problem ?? ReportResults.From(http,
            await authoring.UpdateAsync(reference, ETags.ExpectedVersion(http.Request), input!, http.User, cancellationToken), markdown);
    }

    private static async Task<IResult> DeleteAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken)
    {
        var outcome = await authoring.DeleteAsync(reference, ETags.ExpectedVersion(http.Request), http.User, cancellationToken);
        return outcome.Status == ReportOutcomeStatus.Done ? Results.NoContent() : ReportResults.From(http, outcome, markdown);
    }

    private static Task<IResult> SubmitAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken) =>
        RunStepAsync(http, markdown, (_, version) => authoring.SubmitAsync(reference, version, http.User, cancellationToken));

    private static Task<IResult> ApproveAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken) =>
        RunStepAsync(http, markdown, (_, version) => authoring.ApproveAsync(reference, version, http.User, cancellationToken));

    private static Task<IResult> ReturnAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken) =>
        RunStepAsync(http, markdown, (step, version) => authoring.ReturnAsync(reference, version, step.Reason, http.User, cancellationToken));

    private static Task<IResult> PublishAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken) =>
        RunStepAsync(http, markdown, (step, version) => authoring.PublishAsync(reference, version, step.ChangeNote, http.User, cancellationToken));

    private static Task<IResult> WithdrawAsync(string reference, HttpContext http, ReportAuthoring authoring, SafeMarkdown markdown, CancellationToken cancellationToken) =>
        RunStepAsync(http, markdown, (step, version) => authoring.WithdrawAsync(reference, version, step.Reason, http.User, cancellationToken));

    private static async Task<IResult> RunStepAsync(HttpContext http, SafeMarkdown markdown, Func<StepInput, string?, Task<ReportOutcome>> step)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync(http.Request, BodyLimit, emptyAs: StepInput.Empty);
        return problem ?? ReportResults.From(http, await step(input!, ETags.ExpectedVersion(http.Request)), markdown);
    }
}
