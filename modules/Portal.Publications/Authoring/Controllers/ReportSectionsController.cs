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
/// The Part 1 sections of a report under <c>~/admin/publications/{reference}/sections</c>: add one of the catalogue's
/// kinds, change its heading, Markdown text and classification (with a preview of the sanitised rendering that
/// stores nothing), move it up or down, remove it. Each change is the whole working copy handed back to
/// <see cref="ReportAuthoring.UpdateAsync"/> with the version the form was drawn from, so the rules are the API's.
/// </summary>
[Route("admin/publications/{reference}/sections")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Permissions.EditPublicationsPolicy)]
public sealed class ReportSectionsController(ReportAuthoring authoring, ReportPageBuilder pages, SafeMarkdown markdown) : Controller
{
    public const string Preview = "preview";

    [HttpGet("new")]
    public async Task<IActionResult> Create(string reference, CancellationToken cancellationToken) =>
        await authoring.FindAsync(reference, cancellationToken) is { } report
            ? SectionPage(report.Reference, null, new SectionForm { Version = report.Version.ToString("N") }, null)
            : AuthoringResults.ReportNotFound(this, reference);

    [HttpPost("new")]
    public Task<IActionResult> Create(string reference, [FromForm] SectionForm form, CancellationToken cancellationToken) =>
        SaveAsync(reference, null, form, cancellationToken);

    [HttpGet("{index:int}")]
    public async Task<IActionResult> Edit(string reference, int index, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        var sections = ReportInputs.Part1Of(report);
        if (index < 0 || index >= sections.Count)
        {
            return AuthoringResults.ReportNotFound(this, $"{reference}, Part 1 section {index + 1}");
        }

        var section = sections[index];
        var form = new SectionForm { Version = report.Version.ToString("N"), Kind = section.Kind?.ToString(), Heading = section.Heading, Body = section.Body, Classification = section.Classification };
        return SectionPage(report.Reference, index, form, null);
    }

    [HttpPost("{index:int}")]
    public Task<IActionResult> Edit(string reference, int index, [FromForm] SectionForm form, CancellationToken cancellationToken) =>
        SaveAsync(reference, index, form, cancellationToken);

    [HttpPost("{index:int}/move")]
    public Task<IActionResult> Move(string reference, int index, [FromForm] string? version, [FromForm] string? direction, CancellationToken cancellationToken) =>
        ChangeAsync(reference, index, version, report => ReportInputs.CanMove(report.Part1.Count, index, up: direction == "up")
                ? ReportInputs.From(report) with { Part1 = ReportInputs.Moved(ReportInputs.Part1Of(report), index, up: direction == "up") }
                : null,
            "The sections were reordered.", cancellationToken);

    [HttpPost("{index:int}/remove")]
    public Task<IActionResult> Remove(string reference, int index, [FromForm] string? version, CancellationToken cancellationToken) =>
        ChangeAsync(reference, index, version, report => index >= 0 && index < report.Part1.Count
                ? ReportInputs.From(report) with { Part1 = ReportInputs.Without(ReportInputs.Part1Of(report), index) }
                : null,
            "The section was removed.", cancellationToken);

    private async Task<IActionResult> SaveAsync(string reference, int? index, SectionForm form, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        var sections = ReportInputs.Part1Of(report);
        if (index is { } existing && (existing < 0 || existing >= sections.Count))
        {
            ModelState.AddModelError("", "That section is no longer in the report: open the report again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return SectionPage(report.Reference, index, form, null);
        }

        if (string.Equals(form.Action, Preview, StringComparison.Ordinal))
        {
            return SectionPage(report.Reference, index, form, markdown.ToHtml(form.Body));
        }

        var at = index ?? sections.Count;
        var kind = Enum.TryParse<Part1SectionKind>(form.Kind, ignoreCase: false, out var parsed) ? parsed : (Part1SectionKind?)null;
        var section = new Part1SectionInput(kind, form.Heading, form.Body, string.IsNullOrWhiteSpace(form.Classification) ? null : form.Classification);
        var input = ReportInputs.From(report) with { Part1 = ReportInputs.Replaced(sections, at, section) };
        var outcome = await authoring.UpdateAsync(report.Reference, form.Version ?? "", input, User, cancellationToken);
        if (outcome.Status == ReportOutcomeStatus.Done)
        {
            TempData["Success"] = index is null ? "The section was added." : "The section was saved.";
            return Redirect(Url.Content(AuthoringPaths.Report(report.Reference)) + $"#part1_{at}_");
        }

        var path = $"part1[{at}]";
        FormErrors.Add(ModelState, outcome.Errors, (field, message) => FormErrors.Head(field) != path ? (null, message) : FormErrors.Leaf(field) switch
        {
            "kind" => (nameof(SectionForm.Kind), message),
            "heading" => (nameof(SectionForm.Heading), message),
            "body" => (nameof(SectionForm.Body), message),
            "classification" => (nameof(SectionForm.Classification), message),
            _ => (null, message),
        });
        if (outcome.Status != ReportOutcomeStatus.Invalid)
        {
            ModelState.AddModelError("", outcome.Message);
        }

        Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
        return SectionPage(report.Reference, index, form, null);
    }

    // A move or removal is posted from the report's page: a refusal shows that page again with the error summary.
    private async Task<IActionResult> ChangeAsync(string reference, int index, string? version, Func<DecisionReport, ReportInput?> change, string done,
        CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        var outcome = change(report) is { } input
            ? await authoring.UpdateAsync(report.Reference, version ?? "", input, User, cancellationToken)
            : ReportOutcome.Refused(ReportOutcomeStatus.Conflict, "That section is no longer in the report: read the report again.");
        if (outcome.Status == ReportOutcomeStatus.Done)
        {
            TempData["Success"] = done;
            return Redirect(Url.Content(AuthoringPaths.Report(report.Reference)));
        }

        var key = index >= 0 && index < report.Part1.Count ? $"part1[{index}]" : "";
        foreach (var message in outcome.Status == ReportOutcomeStatus.Invalid ? outcome.Errors.SelectMany(e => e.Value) : [outcome.Message])
        {
            ModelState.AddModelError(key, message);
        }

        Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
        return await AuthoringResults.ReportPageAsync(this, pages, report.Reference, null, cancellationToken);
    }

    private ViewResult SectionPage(string reference, int? index, SectionForm form, string? previewHtml)
    {
        ViewData["Title"] = index is { } i ? $"Change Part 1 section {i + 1}" : "Add a Part 1 section";
        ViewData["Caption"] = reference;
        return View("Edit", new SectionPageViewModel(reference, index, form, previewHtml));
    }
}
