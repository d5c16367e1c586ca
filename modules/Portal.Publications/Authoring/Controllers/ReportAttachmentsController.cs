using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Publications.Attachments;
using Portal.Publications.Authoring.Services;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Authoring.Controllers;

/// <summary>
/// A report's attachments under <c>~/admin/publications/{reference}/attachments</c>: the list, an upload form
/// (multipart: title, classification, file) and removal while the report is a draft. The upload is read by the
/// API's own reader and stored by <see cref="AttachmentAuthoring"/>, so the size limit, the type check by content and
/// the classification rule are the API's; their refusals come back as the GOV.UK error summary.
/// </summary>
[Route("admin/publications/{reference}/attachments")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Permissions.ViewPublicationsPolicy)]
public sealed class ReportAttachmentsController(AttachmentAuthoring attachments, ReportPageBuilder pages, IOptions<AttachmentLimits> limits,
    IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions) : Controller
{
    public const string FileField = "File";

    [HttpGet("")]
    public async Task<IActionResult> Index(string reference, CancellationToken cancellationToken) => await PageAsync(reference, null, cancellationToken);

    /// <remarks>
    /// MVC would buffer the whole multipart body to find the antiforgery token in it (up to its own limits, not the
    /// configured one). Instead the body is read once, capped, by <see cref="AttachmentUploadReader"/>, and the token it
    /// found is checked here before anything is stored; the form puts the token first.
    /// </remarks>
    [HttpPost("")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    [IgnoreAntiforgeryToken]
    [DisableFormValueBinding]
    public async Task<IActionResult> Upload()
    {
        var reference = RouteData.Values["reference"] as string ?? "";
        var cancellationToken = HttpContext.RequestAborted;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var (upload, problem) = await AttachmentUploadReader.ReadAsync(Request, limits.Value.MaxAttachmentBytes, cancellationToken, fields);
        if (problem is not null)
        {
            // Nothing is stored on this path, so a refusal needs no antiforgery check: it only draws the page.
            AddProblem(problem);
            return await PageAsync(reference, m => m with { Title = upload?.Title, Classification = upload?.Classification }, cancellationToken);
        }

        if (!await IsGenuineAsync(fields))
        {
            ModelState.AddModelError("", "The form was not sent from this page or has expired: open the page again and repeat the upload.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(reference, null, cancellationToken);
        }

        var outcome = await attachments.AddAsync(reference, fields.GetValueOrDefault("Version") ?? "", upload!, User, cancellationToken);
        if (outcome.Attachment is not null)
        {
            TempData["Success"] = $"{outcome.Attachment.FileName} was attached as {outcome.Attachment.Classification.Marking()}.";
            return Redirect(Url.Content(AuthoringPaths.Attachments(outcome.Report.Report!.Reference)));
        }

        return await RefusedAsync(reference, outcome.Report, m => m with { Title = upload!.Title, Classification = upload.Classification }, cancellationToken);
    }

    [HttpPost("{attachmentId:guid}/remove")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Remove(string reference, Guid attachmentId, [FromForm] string? version, CancellationToken cancellationToken)
    {
        var outcome = await attachments.RemoveAsync(reference, attachmentId, version ?? "", User, cancellationToken);
        if (outcome.Attachment is not null)
        {
            TempData["Success"] = $"{outcome.Attachment.FileName} was removed.";
            return Redirect(Url.Content(AuthoringPaths.Attachments(outcome.Report.Report!.Reference)));
        }

        return await RefusedAsync(reference, outcome.Report, null, cancellationToken);
    }

    private async Task<IActionResult> RefusedAsync(string reference, ReportOutcome outcome, Func<AttachmentsViewModel, AttachmentsViewModel>? model,
        CancellationToken cancellationToken)
    {
        if (outcome.Status == ReportOutcomeStatus.NotFound && outcome.Message.StartsWith("There is no report", StringComparison.Ordinal))
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        if (outcome.Status == ReportOutcomeStatus.Invalid)
        {
            FormErrors.Add(ModelState, outcome.Errors, (field, message) => (FieldOf(field), message));
        }
        else
        {
            ModelState.AddModelError("", outcome.Message);
        }

        Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
        return await PageAsync(reference, model, cancellationToken);
    }

    // The reader answers as the API does (problem+json results); the page shows the same messages on its fields.
    private void AddProblem(IResult problem)
    {
        var details = (problem as IValueHttpResult)?.Value as ProblemDetails;
        if (details is HttpValidationProblemDetails validation)
        {
            FormErrors.Add(ModelState, validation.Errors.ToDictionary(e => e.Key, e => e.Value), (field, message) => (FieldOf(field), message));
        }
        else
        {
            var message = string.Join(" ", new[] { details?.Title, details?.Detail }.Where(m => !string.IsNullOrWhiteSpace(m)));
            ModelState.AddModelError(FileField, message.Length > 0 ? message : "The upload could not be read.");
        }

        Response.StatusCode = (problem as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status400BadRequest;
    }

    private static string? FieldOf(string field) => field.ToLowerInvariant() switch
    {
        AttachmentTypeCheck.Field => FileField,
        "title" => "Title",
        "classification" => "Classification",
        _ => null,
    };

    private async Task<bool> IsGenuineAsync(IReadOnlyDictionary<string, string> fields)
    {
        var header = antiforgeryOptions.Value.HeaderName;
        if (header is null || !fields.TryGetValue(antiforgeryOptions.Value.FormFieldName, out var token) || string.IsNullOrEmpty(token))
        {
            return false;
        }

        // With the header present, the token is read from it and the (already read) body is left alone.
        Request.Headers[header] = token;
        return await antiforgery.IsRequestValidAsync(HttpContext);
    }

    private async Task<IActionResult> PageAsync(string reference, Func<AttachmentsViewModel, AttachmentsViewModel>? model, CancellationToken cancellationToken)
    {
        var (report, current) = await attachments.ListAsync(reference, cancellationToken);
        if (report is null)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        var canChange = report.State == ReportState.Draft && await pages.AllowedAsync(User, Permissions.EditPublicationsPolicy);
        var view = new AttachmentsViewModel(report, current, canChange, limits.Value.MaxAttachmentBytes);
        ViewData["Title"] = "Attachments";
        ViewData["Caption"] = report.Reference;
        return View("Index", model is null ? view : model(view));
    }
}
