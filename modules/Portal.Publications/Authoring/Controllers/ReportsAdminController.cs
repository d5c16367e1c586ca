using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Publications.Authoring.Services;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Authoring.Controllers;

/// <summary>
/// The editors' pages under <c>~/admin/publications</c>: the list of reports in every state, creating a report,
/// changing its details, and the report's page with its workflow (submit, approve, return, publish, withdraw, delete
/// a draft) and versions. Every change goes through <see cref="ReportAuthoring"/>, the same service as the API, so
/// the rules, the audit and the events are the API's; a refusal comes back as the GOV.UK error summary with nothing
/// stored. Each form carries the report's version: a stale one is refused (409) rather than overwriting a change.
/// </summary>
[Route("admin/publications")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Permissions.ViewPublicationsPolicy)]
public sealed class ReportsAdminController(ReportAuthoring authoring, ReportPageBuilder pages) : Controller
{
    private const string Caption = AuthoringResults.Caption;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, CancellationToken cancellationToken)
    {
        ReportState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (Enum.TryParse<ReportState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(state, out _))
            {
                wanted = parsed;
            }
            else
            {
                ModelState.AddModelError("state", "Choose a state from the list.");
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        ViewData["Title"] = "Decision reports";
        ViewData["Caption"] = "Publications";
        var reports = ModelState.IsValid ? await authoring.ListAsync(wanted, cancellationToken) : [];
        return View(new ReportListViewModel(reports, wanted, await AllowedAsync(Permissions.EditPublicationsPolicy)));
    }

    [HttpGet("drafts/new")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public IActionResult Create() => DetailsPage(new ReportDetailsForm(), null);

    [HttpPost("drafts/new")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Create([FromForm] ReportDetailsForm form, CancellationToken cancellationToken)
    {
        var (date, dateError) = FormDate.Parse(form.DecisionDay, form.DecisionMonth, form.DecisionYear);
        var input = new ReportInput(form.Reference, form.Title, form.Summary, form.DecisionMaker, date, SplitTags(form.Tags), [], []);
        var outcome = await authoring.CreateAsync(input, User, cancellationToken);
        if (outcome.Status == ReportOutcomeStatus.Created)
        {
            TempData["Success"] = $"Report {outcome.Report!.Reference} was created as a draft. Add its sections, then submit it for review.";
            return Redirect(Url.Content(AuthoringPaths.Report(outcome.Report.Reference)));
        }

        return RefusedDetails(form, null, outcome, dateError);
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken) =>
        await ReportPageAsync(reference, null, cancellationToken);

    [HttpGet("{reference}/edit")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Edit(string reference, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return ReportNotFound(reference);
        }

        var (day, month, year) = FormDate.Parts(report.DecisionDate);
        var form = new ReportDetailsForm
        {
            Version = report.Version.ToString("N"),
            Reference = report.Reference,
            Title = report.Title,
            Summary = report.Summary,
            DecisionMaker = report.DecisionMaker,
            DecisionDay = day,
            DecisionMonth = month,
            DecisionYear = year,
            Tags = string.Join(", ", report.Tags),
        };
        return DetailsPage(form, report.Reference);
    }

    [HttpPost("{reference}/edit")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Edit(string reference, [FromForm] ReportDetailsForm form, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return ReportNotFound(reference);
        }

        var (date, dateError) = FormDate.Parse(form.DecisionDay, form.DecisionMonth, form.DecisionYear);
        var input = ReportInputs.From(report) with
        {
            Title = form.Title,
            Summary = form.Summary,
            DecisionMaker = form.DecisionMaker,
            DecisionDate = date,
            Tags = SplitTags(form.Tags),
        };
        var outcome = await authoring.UpdateAsync(report.Reference, form.Version ?? "", input, User, cancellationToken);
        if (outcome.Status == ReportOutcomeStatus.Done)
        {
            TempData["Success"] = "The report's details were saved.";
            return Redirect(Url.Content(AuthoringPaths.Report(report.Reference)));
        }

        form.Reference = report.Reference;
        return RefusedDetails(form, report.Reference, outcome, dateError);
    }

    [HttpPost("{reference}/submit")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Submit(string reference, [FromForm] string? version, CancellationToken cancellationToken) =>
        await StepAsync(reference, await authoring.SubmitAsync(reference, version ?? "", User, cancellationToken), "submitted for review", "", null, cancellationToken);

    [HttpPost("{reference}/approve")]
    [Authorize(Policy = Permissions.ApprovePublicationsPolicy)]
    public async Task<IActionResult> Approve(string reference, [FromForm] string? version, CancellationToken cancellationToken) =>
        await StepAsync(reference, await authoring.ApproveAsync(reference, version ?? "", User, cancellationToken), "approved", "", null, cancellationToken);

    [HttpPost("{reference}/return")]
    [Authorize(Policy = Permissions.ApprovePublicationsPolicy)]
    public async Task<IActionResult> Return(string reference, [FromForm] string? version, [FromForm(Name = "ReturnReason")] string? reason, CancellationToken cancellationToken) =>
        await StepAsync(reference, await authoring.ReturnAsync(reference, version ?? "", reason, User, cancellationToken), "returned to its author", "ReturnReason",
            m => m with { ReturnReason = reason }, cancellationToken);

    [HttpPost("{reference}/publish")]
    [Authorize(Policy = Permissions.PublishPublicationsPolicy)]
    public async Task<IActionResult> Publish(string reference, [FromForm] string? version, [FromForm(Name = "ChangeNote")] string? changeNote, CancellationToken cancellationToken) =>
        await StepAsync(reference, await authoring.PublishAsync(reference, version ?? "", changeNote, User, cancellationToken), "published", "ChangeNote",
            m => m with { ChangeNote = changeNote }, cancellationToken);

    [HttpPost("{reference}/withdraw")]
    [Authorize(Policy = Permissions.PublishPublicationsPolicy)]
    public async Task<IActionResult> Withdraw(string reference, [FromForm] string? version, [FromForm(Name = "WithdrawReason")] string? reason, CancellationToken cancellationToken) =>
        await StepAsync(reference, await authoring.WithdrawAsync(reference, version ?? "", reason, User, cancellationToken), "withdrawn; its public notice gives the reason", "WithdrawReason",
            m => m with { WithdrawReason = reason }, cancellationToken);

    [HttpPost("{reference}/delete")]
    [Authorize(Policy = Permissions.EditPublicationsPolicy)]
    public async Task<IActionResult> Delete(string reference, [FromForm] string? version, CancellationToken cancellationToken)
    {
        var outcome = await authoring.DeleteAsync(reference, version ?? "", User, cancellationToken);
        if (outcome.Status != ReportOutcomeStatus.Done)
        {
            return await StepAsync(reference, outcome, "", "", null, cancellationToken);
        }

        TempData["Success"] = $"The draft {outcome.Report!.Reference} was deleted.";
        return Redirect(Url.Content(AuthoringPaths.List));
    }

    private async Task<IActionResult> StepAsync(string reference, ReportOutcome outcome, string done, string fieldKey,
        Func<ReportPageViewModel, ReportPageViewModel>? model, CancellationToken cancellationToken)
    {
        switch (outcome.Status)
        {
            case ReportOutcomeStatus.Done:
                TempData["Success"] = $"Report {outcome.Report!.Reference} was {done}.";
                return Redirect(Url.Content(AuthoringPaths.Report(outcome.Report.Reference)));
            case ReportOutcomeStatus.NotFound:
                return ReportNotFound(reference);
            case ReportOutcomeStatus.Invalid:
                FormErrors.Add(ModelState, outcome.Errors, (field, message) => ReportPageKey(field, message, fieldKey));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            default:
                ModelState.AddModelError(fieldKey, outcome.Message);
                Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
                break;
        }

        return await ReportPageAsync(reference, model, cancellationToken);
    }

    // The report page draws each detail, section and part with an id named like the service's path, so each message links to what it is about.
    private static (string? Key, string Message) ReportPageKey(string field, string message, string fieldKey)
    {
        var head = FormErrors.Head(field);
        return head switch
        {
            "reason" or "changeNote" => (fieldKey, message),
            _ when head.StartsWith("part1[", StringComparison.Ordinal) => (head, $"Part 1, section {FormErrors.Index(field) + 1}: {message}"),
            _ when head.StartsWith("part2[", StringComparison.Ordinal) => (head, $"Part 2, section {FormErrors.Index(field) + 1}: {message}"),
            _ => ("detail-" + FormErrors.Head(field, dropIndex: true), message),
        };
    }

    private IActionResult RefusedDetails(ReportDetailsForm form, string? existingReference, ReportOutcome outcome, string? dateError)
    {
        if (outcome.Status == ReportOutcomeStatus.NotFound)
        {
            return ReportNotFound(form.Reference ?? "");
        }

        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(ReportDetailsForm.DecisionDay), dateError);
        }

        if (outcome.Status == ReportOutcomeStatus.Invalid)
        {
            // The service's message about a missing date would only repeat the page's own about a date that is not one.
            var errors = dateError is null ? outcome.Errors : outcome.Errors.Where(e => e.Key != "decisionDate").ToDictionary(e => e.Key, e => e.Value);
            FormErrors.Add(ModelState, errors, DetailsKey);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            ModelState.AddModelError("", outcome.Message);
            Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
        }

        return DetailsPage(form, existingReference);
    }

    private static (string? Key, string Message) DetailsKey(string field, string message) => FormErrors.Head(field, dropIndex: true) switch
    {
        "reference" => (nameof(ReportDetailsForm.Reference), message),
        "title" => (nameof(ReportDetailsForm.Title), message),
        "summary" => (nameof(ReportDetailsForm.Summary), message),
        "decisionMaker" => (nameof(ReportDetailsForm.DecisionMaker), message),
        "decisionDate" => (nameof(ReportDetailsForm.DecisionDay), message),
        "tags" => (nameof(ReportDetailsForm.Tags), field.Contains('[', StringComparison.Ordinal) ? $"Tag {FormErrors.Index(field) + 1}: {message}" : message),
        // A rule about the sections (for example on a report edited elsewhere) is not a field of this form.
        _ => (null, message),
    };

    private ViewResult DetailsPage(ReportDetailsForm form, string? existingReference)
    {
        ViewData["Title"] = existingReference is null ? "Create a report" : $"Change the details of {existingReference}";
        ViewData["Caption"] = Caption;
        return View("Details", new ReportDetailsViewModel(form, existingReference));
    }

    private Task<IActionResult> ReportPageAsync(string reference, Func<ReportPageViewModel, ReportPageViewModel>? model, CancellationToken cancellationToken) =>
        AuthoringResults.ReportPageAsync(this, pages, reference, model, cancellationToken);

    private ViewResult ReportNotFound(string reference) => AuthoringResults.ReportNotFound(this, reference);

    private static List<string> SplitTags(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private Task<bool> AllowedAsync(string policy) => pages.AllowedAsync(User, policy);
}
