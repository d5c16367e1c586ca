using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Publications.Authoring.Services;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Authoring.Controllers;

/// <summary>
/// The Part 2 (OFFICIAL-SENSITIVE, exempt) sections of a report under <c>~/admin/publications/{reference}/part-2-sections</c>:
/// heading, text, marking, exemption basis and release condition (a fixed date or a named contract's expiry); move,
/// remove. Writing Part 2 needs EditPublications, as the authoring API decides. Like the API, these pages never send
/// a stored Part 2 text to the browser: an empty text keeps it, and it is read only on the Part 2 page under the
/// OFFICIAL-SENSITIVE rules. What a person typed comes back on a refused form, marked and never stored by caches.
/// Sections are addressed by their id, which stays the same across edits.
/// </summary>
[Route("admin/publications/{reference}/part-2-sections")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Permissions.EditPublicationsPolicy)]
public sealed class ReportPart2Controller(ReportAuthoring authoring, ReportPageBuilder pages) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(string reference, CancellationToken cancellationToken) =>
        await authoring.FindAsync(reference, cancellationToken) is { } report
            ? SectionPage(report.Reference, null, null, new SensitiveSectionForm { Version = report.Version.ToString("N") })
            : AuthoringResults.ReportNotFound(this, reference);

    [HttpPost("new")]
    public Task<IActionResult> Create(string reference, [FromForm] SensitiveSectionForm form, CancellationToken cancellationToken) =>
        SaveAsync(reference, null, form, cancellationToken);

    [HttpGet("{sectionId:guid}")]
    public async Task<IActionResult> Edit(string reference, Guid sectionId, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        if (report.Part2.SingleOrDefault(s => s.Id == sectionId) is not { } section)
        {
            return AuthoringResults.ReportNotFound(this, $"{reference}, Part 2 section {sectionId}");
        }

        var (day, month, year) = FormDate.Parts(section.ReleaseOn);
        var form = new SensitiveSectionForm
        {
            Version = report.Version.ToString("N"),
            Heading = section.Heading,
            Classification = Enum.IsDefined(section.Classification) ? section.Classification.Marking() : null,
            ExemptionBasis = section.ExemptionBasis,
            ReleaseCondition = Enum.IsDefined(section.ReleaseCondition) ? section.ReleaseCondition.ToString() : null,
            ReleaseDay = day,
            ReleaseMonth = month,
            ReleaseYear = year,
            ContractName = section.ContractName,
        };
        return SectionPage(report.Reference, sectionId, section.Body.Length, form);
    }

    [HttpPost("{sectionId:guid}")]
    public Task<IActionResult> Edit(string reference, Guid sectionId, [FromForm] SensitiveSectionForm form, CancellationToken cancellationToken) =>
        SaveAsync(reference, sectionId, form, cancellationToken);

    [HttpPost("{sectionId:guid}/move")]
    public Task<IActionResult> Move(string reference, Guid sectionId, [FromForm] string? version, [FromForm] string? direction, CancellationToken cancellationToken) =>
        ChangeAsync(reference, sectionId, version, (report, sections, index) => ReportInputs.CanMove(sections.Count, index, up: direction == "up")
            ? ReportInputs.From(report) with { Part2 = ReportInputs.Moved(sections, index, up: direction == "up") }
            : null, "The Part 2 sections were reordered.", cancellationToken);

    [HttpPost("{sectionId:guid}/remove")]
    public Task<IActionResult> Remove(string reference, Guid sectionId, [FromForm] string? version, CancellationToken cancellationToken) =>
        ChangeAsync(reference, sectionId, version, (report, sections, index) => ReportInputs.From(report) with { Part2 = ReportInputs.Without(sections, index) },
            "The Part 2 section was removed.", cancellationToken);

    private async Task<IActionResult> SaveAsync(string reference, Guid? sectionId, SensitiveSectionForm form, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        var sections = ReportInputs.Part2Of(report);
        var index = sectionId is { } id ? sections.ToList().FindIndex(s => s.Id == id) : sections.Count;
        var stored = sectionId is { } known ? report.Part2.SingleOrDefault(s => s.Id == known)?.Body.Length : null;
        if (index < 0)
        {
            ModelState.AddModelError("", "That section is no longer in the report: open the report again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return SectionPage(report.Reference, sectionId, null, form);
        }

        var (releaseOn, dateError) = FormDate.Parse(form.ReleaseDay, form.ReleaseMonth, form.ReleaseYear);
        var condition = Enum.TryParse<ReleaseConditionKind>(form.ReleaseCondition, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ReleaseConditionKind?)null;
        var section = new Part2SectionInput(sectionId, form.Heading, string.IsNullOrEmpty(form.Body) ? null : form.Body,
            string.IsNullOrWhiteSpace(form.Classification) ? null : form.Classification, form.ExemptionBasis, condition, releaseOn, form.ContractName);
        var input = ReportInputs.From(report) with { Part2 = ReportInputs.Replaced(sections, index, section) };
        var outcome = await authoring.UpdateAsync(report.Reference, form.Version ?? "", input, User, cancellationToken);
        if (outcome.Status == ReportOutcomeStatus.Done)
        {
            TempData["Success"] = sectionId is null ? "The Part 2 section was added." : "The Part 2 section was saved.";
            return Redirect(Url.Content(AuthoringPaths.Report(report.Reference)) + $"#part2_{index}_");
        }

        if (dateError is not null)
        {
            // Not a date at all: the service was asked with no date, so it refused and stored nothing.
            ModelState.AddModelError(nameof(SensitiveSectionForm.ReleaseDay), dateError);
        }

        var path = $"part2[{index}]";
        FormErrors.Add(ModelState, outcome.Errors.Where(e => dateError is null || FormErrors.Leaf(e.Key) != "releaseOn").ToDictionary(e => e.Key, e => e.Value),
            (field, message) => FormErrors.Head(field) != path ? (null, message) : FormErrors.Leaf(field) switch
            {
                "heading" => (nameof(SensitiveSectionForm.Heading), message),
                "body" => (nameof(SensitiveSectionForm.Body), message),
                "classification" => (nameof(SensitiveSectionForm.Classification), message),
                "exemptionBasis" => (nameof(SensitiveSectionForm.ExemptionBasis), message),
                "releaseCondition" => (nameof(SensitiveSectionForm.ReleaseCondition), message),
                "releaseOn" => (nameof(SensitiveSectionForm.ReleaseDay), message),
                "contractName" => (nameof(SensitiveSectionForm.ContractName), message),
                _ => (null, message),
            });
        if (outcome.Status != ReportOutcomeStatus.Invalid)
        {
            ModelState.AddModelError("", outcome.Message);
        }

        Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
        return SectionPage(report.Reference, sectionId, stored, form);
    }

    // A move or removal is posted from the report's page: a refusal shows that page again with the error summary.
    private async Task<IActionResult> ChangeAsync(string reference, Guid sectionId, string? version,
        Func<DecisionReport, IReadOnlyList<Part2SectionInput>, int, ReportInput?> change, string done, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return AuthoringResults.ReportNotFound(this, reference);
        }

        var sections = ReportInputs.Part2Of(report);
        var index = sections.ToList().FindIndex(s => s.Id == sectionId);
        var outcome = index >= 0 && change(report, sections, index) is { } input
            ? await authoring.UpdateAsync(report.Reference, version ?? "", input, User, cancellationToken)
            : ReportOutcome.Refused(ReportOutcomeStatus.Conflict, "That section is no longer in the report, or cannot move that way: read the report again.");
        if (outcome.Status == ReportOutcomeStatus.Done)
        {
            TempData["Success"] = done;
            return Redirect(Url.Content(AuthoringPaths.Report(report.Reference)));
        }

        var key = index >= 0 ? $"part2[{index}]" : "";
        foreach (var message in outcome.Status == ReportOutcomeStatus.Invalid ? outcome.Errors.SelectMany(e => e.Value) : [outcome.Message])
        {
            ModelState.AddModelError(key, message);
        }

        Response.StatusCode = AuthoringResults.StatusOf(outcome.Status);
        return await AuthoringResults.ReportPageAsync(this, pages, report.Reference, null, cancellationToken);
    }

    private ViewResult SectionPage(string reference, Guid? sectionId, int? storedLength, SensitiveSectionForm form)
    {
        // What was typed may come back on this page: no browser or proxy keeps it, and the layout marks it top and bottom.
        Response.Headers.CacheControl = "no-store";
        ViewData["Classification"] = OfficialSensitive.Marking;
        ViewData["Title"] = sectionId is null ? "Add a Part 2 section" : "Change a Part 2 section";
        ViewData["Caption"] = reference;
        return View("Edit", new SensitiveSectionPageViewModel(reference, sectionId, storedLength, form));
    }
}
