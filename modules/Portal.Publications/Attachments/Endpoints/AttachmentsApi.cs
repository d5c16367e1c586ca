using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Endpoints;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Attachments.Endpoints;

/// <summary>
/// <c>/api/publications/reports/{reference}/attachments</c>: the working copy's files. Upload (multipart: file, title,
/// classification; type by content; size by <see cref="AttachmentLimits"/>) and removal change a draft only, as an
/// edit of the report (new ETag). Downloads of published files are the public and Part 2 sides' business.
/// </summary>
public static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder routes)
    {
        var attachments = routes.MapGroup(ReportsApi.Prefix + "/{reference}/attachments").WithTags("Decision report attachments");

        attachments.MapGet("", ListAsync)
            .RequireAuthorization(Permissions.ViewPublications.Policy, ApiScope.Policy(Permissions.ReadScope))
            .WithName("ListDecisionReportAttachments")
            .WithSummary("The working copy's attachments (metadata only), with the report's ETag.")
            .Produces<AttachmentResponse[]>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        attachments.MapPost("", UploadAsync)
            .RequireAuthorization(Permissions.EditPublications.Policy, ApiScope.Policy(Permissions.WriteScope))
            .Accepts<AttachmentUpload>("multipart/form-data")
            .WithName("UploadDecisionReportAttachment")
            .WithSummary("Adds a PDF, DOCX, ODT or CSV (checked by content) to a draft, with a title and its classification. If-Match optional; stale: 409. "
                + "With the sign-in cookie, send the antiforgery token in the RequestVerificationToken header.")
            .Produces<AttachmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        attachments.MapDelete("/{attachmentId:guid}", RemoveAsync)
            .RequireAuthorization(Permissions.EditPublications.Policy, ApiScope.Policy(Permissions.WriteScope))
            .WithName("RemoveDecisionReportAttachment")
            .WithSummary("Takes an attachment off a draft; If-Match required (428 without, 409 when stale). A published version that lists it still serves it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static async Task<IResult> ListAsync(string reference, HttpContext http, AttachmentAuthoring authoring, CancellationToken cancellationToken)
    {
        var (report, attachments) = await authoring.ListAsync(reference, cancellationToken);
        if (report is null)
        {
            return ReportResults.NotFound($"There is no report '{reference}'.");
        }

        SetReportHeaders(http, report);
        return Results.Ok(attachments.Select(ToResponse).ToList());
    }

    private static async Task<IResult> UploadAsync(string reference, HttpContext http, AttachmentAuthoring authoring, IOptions<AttachmentLimits> limits,
        SafeMarkdown markdown, CancellationToken cancellationToken)
    {
        if (await CookieUploadGuard.RefuseAsync(http) is { } forged)
        {
            return forged;
        }

        var (upload, problem) = await AttachmentUploadReader.ReadAsync(http.Request, limits.Value.MaxAttachmentBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await authoring.AddAsync(reference, ETags.ExpectedVersion(http.Request), upload!, http.User, cancellationToken);
        if (outcome.Attachment is null)
        {
            return Refusal(http, outcome.Report, markdown);
        }

        SetReportHeaders(http, outcome.Report.Report!);
        return Results.Json(ToResponse(outcome.Attachment), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> RemoveAsync(string reference, Guid attachmentId, HttpContext http, AttachmentAuthoring authoring, SafeMarkdown markdown,
        CancellationToken cancellationToken)
    {
        var outcome = await authoring.RemoveAsync(reference, attachmentId, ETags.ExpectedVersion(http.Request), http.User, cancellationToken);
        if (outcome.Attachment is null)
        {
            return Refusal(http, outcome.Report, markdown);
        }

        SetReportHeaders(http, outcome.Report.Report!);
        return Results.NoContent();
    }

    // A type or classification error is about the form's fields: 400 like any other field of the upload, not the report's 422.
    private static IResult Refusal(HttpContext http, ReportOutcome outcome, SafeMarkdown markdown) =>
        outcome.Status == ReportOutcomeStatus.Invalid
            ? Results.ValidationProblem(outcome.Errors, title: "The attachment was not stored: correct the fields named.")
            : ReportResults.From(http, outcome, markdown);

    private static void SetReportHeaders(HttpContext http, DecisionReport report)
    {
        http.Response.Headers.ETag = ETags.Format(report.Version.ToString("N"));
        http.Response.Headers.CacheControl = "no-store";
    }

    private static AttachmentResponse ToResponse(ReportAttachment a) =>
        new(a.Id, a.Title, a.FileName, a.Kind.ToString(), a.ContentType, a.SizeBytes, a.Sha256, a.Classification.Marking(), a.UploadedAt);
}
