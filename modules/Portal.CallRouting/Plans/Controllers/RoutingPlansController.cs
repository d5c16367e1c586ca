using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.Plans.Validation;
using Portal.CallRouting.Plans.ViewModels;

namespace Portal.CallRouting.Plans.Controllers;

/// <summary>
/// The routing plan pages under <c>~/routing/plans</c>: the history, a version (with its SHA-256 and the steps the
/// viewer may take), the draft editor (queues, rules with their conditions and actions, defaults, and the JSON as an
/// addition), submit with the GOV.UK error summary linking to the fields, approve, return, publish now or at a time,
/// roll back, and the difference between two versions. Plain forms, no script needed.
/// </summary>
[Route("routing/plans")]
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
public sealed class RoutingPlansController(PlanWorkflow workflow, IAuthorizationService authorization, IServiceProvider services) : Controller
{
    private const string Caption = "Call routing";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Routing plans";
        ViewData["Caption"] = Caption;
        return View(new PlanListViewModel(await workflow.ListAsync(cancellationToken), await PermissionsAsync()));
    }

    [HttpPost("create")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Create([FromForm] int? copyFrom, CancellationToken cancellationToken)
    {
        var outcome = await workflow.CreateAsync(copyFrom, Actor, cancellationToken);
        if (outcome.Kind != PlanOutcomeKind.Done)
        {
            ModelState.AddModelError("copyFrom", outcome.Errors?.Values.First().First() ?? outcome.Reason ?? "The draft was not created.");
            return await Index(cancellationToken);
        }

        return RedirectTo(outcome.Version!.Number, "/edit");
    }

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Version(int number, CancellationToken cancellationToken) =>
        await VersionPageAsync(number, null, cancellationToken);

    [HttpGet("compare")]
    public IActionResult Compare([FromQuery] int? a, [FromQuery] int? b) =>
        a is { } from && b is { } to ? Redirect(Url.Content($"~/routing/plans/{from}/diff/{to}")) : Redirect(Url.Content("~/routing/plans"));

    [HttpGet("{a:int}/diff/{b:int}")]
    public async Task<IActionResult> Diff(int a, int b, CancellationToken cancellationToken)
    {
        var (diff, missing) = await workflow.DiffAsync(a, b, cancellationToken);
        if (diff is null)
        {
            return NotFound($"There is no routing plan version {missing}.");
        }

        ViewData["Title"] = $"Changes from version {a} to version {b}";
        ViewData["Caption"] = Caption;
        var versions = (await workflow.ListAsync(cancellationToken)).Select(x => x.Version).ToList();
        return View(new PlanDiffViewModel(diff, versions));
    }

    [HttpGet("{number:int}/edit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Edit(int number, CancellationToken cancellationToken)
    {
        var found = await workflow.GetAsync(number, cancellationToken);
        if (found is not { } x)
        {
            return NotFound();
        }

        if (x.Version.State != PlanState.Draft)
        {
            return RedirectTo(number);
        }

        var document = PlanJson.Document(x.Version.DocumentJson);
        var configuration = await ConfigurationAsync(cancellationToken);
        var withPolicy = document.Queues.Select(q => q.QueueCode).ToHashSet(StringComparer.Ordinal);
        ViewData["Title"] = $"Edit draft version {number}";
        ViewData["Caption"] = Caption;
        var json = JsonSerializer.Serialize(document, new JsonSerializerOptions(PlanJson.Options) { WriteIndented = true });
        return View("Edit", new PlanEditViewModel(x.Version, document, configuration.Queues.Select(q => q.Code).Where(c => !withPolicy.Contains(c)).ToList(), json));
    }

    [HttpPost("{number:int}/queues/add")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> AddQueue(int number, [FromForm] string? etag, [FromForm] string? queueCode, CancellationToken cancellationToken) =>
        ChangeAsync(number, etag, document =>
        {
            if (string.IsNullOrWhiteSpace(queueCode))
            {
                return (null, ("queueCode", "Choose the queue to add a policy for."));
            }

            return (document with { Queues = [.. document.Queues, new QueuePolicy(queueCode.Trim(), [], [new ServingCentresAction()])] }, null);
        }, cancellationToken);

    [HttpPost("{number:int}/queues/{q:int}/remove")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> RemoveQueue(int number, int q, [FromForm] string? etag, CancellationToken cancellationToken) =>
        ChangeAsync(number, etag, document => q < 0 || q >= document.Queues.Count
            ? (null, ("", "That queue policy is no longer in the draft."))
            : (document with { Queues = [.. document.Queues.Where((_, i) => i != q)] }, null), cancellationToken);

    [HttpPost("{number:int}/queues/{q:int}/rules/{r:int}/remove")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> RemoveRule(int number, int q, int r, [FromForm] string? etag, CancellationToken cancellationToken) =>
        ChangeAsync(number, etag, document => WithRules(document, q, r, rules => [.. rules.Where((_, i) => i != r)]), cancellationToken);

    /// <summary>Moves a rule one place earlier or later in the order of trial by swapping priorities with its neighbour.</summary>
    [HttpPost("{number:int}/queues/{q:int}/rules/{r:int}/move")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> MoveRule(int number, int q, int r, [FromForm] string? etag, [FromForm] string? direction, CancellationToken cancellationToken) =>
        ChangeAsync(number, etag, document => WithRules(document, q, r, rules =>
        {
            var ordered = rules.Select((rule, i) => (rule, i)).OrderBy(x => x.rule.Priority).ThenBy(x => x.i).ToList();
            var at = ordered.FindIndex(x => x.i == r);
            var other = direction == "up" ? at - 1 : at + 1;
            if (other < 0 || other >= ordered.Count)
            {
                return rules;
            }

            var (mine, theirs) = (ordered[at], ordered[other]);
            var list = rules.ToList();
            var myPriority = mine.rule.Priority == theirs.rule.Priority ? theirs.rule.Priority + (direction == "up" ? -1 : 1) : theirs.rule.Priority;
            list[mine.i] = mine.rule with { Priority = myPriority };
            list[theirs.i] = theirs.rule with { Priority = mine.rule.Priority };
            return list;
        }), cancellationToken);

    [HttpGet("{number:int}/queues/{q:int}/rules/new")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> NewRule(int number, int q, CancellationToken cancellationToken) => RuleAsync(number, q, null, cancellationToken);

    [HttpGet("{number:int}/queues/{q:int}/rules/{r:int}")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> Rule(int number, int q, int r, CancellationToken cancellationToken) => RuleAsync(number, q, r, cancellationToken);

    [HttpPost("{number:int}/queues/{q:int}/rules/new")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> NewRule(int number, int q, [FromForm] RuleForm form, CancellationToken cancellationToken) =>
        SaveRuleAsync(number, q, null, form, cancellationToken);

    [HttpPost("{number:int}/queues/{q:int}/rules/{r:int}")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public Task<IActionResult> Rule(int number, int q, int r, [FromForm] RuleForm form, CancellationToken cancellationToken) =>
        SaveRuleAsync(number, q, r, form, cancellationToken);

    [HttpGet("{number:int}/queues/{q:int}/default")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Default(int number, int q, CancellationToken cancellationToken)
    {
        var found = await workflow.GetAsync(number, cancellationToken);
        if (found is not { } x || x.Version.State != PlanState.Draft)
        {
            return found is null ? NotFound() : RedirectTo(number);
        }

        var document = PlanJson.Document(x.Version.DocumentJson);
        if (q < 0 || q >= document.Queues.Count)
        {
            return NotFound();
        }

        var form = new DefaultActionsForm { ETag = x.Version.ConcurrencyToken, Actions = [.. document.Queues[q].DefaultActions.Select(RuleFormMapper.ToRow)] };
        form.Actions.AddRange(Enumerable.Range(0, RuleFormMapper.BlankRows).Select(_ => new ActionRow()));
        return await DefaultPageAsync(number, q, document.Queues[q].QueueCode, form, cancellationToken);
    }

    [HttpPost("{number:int}/queues/{q:int}/default")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Default(int number, int q, [FromForm] DefaultActionsForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var actions = RuleFormMapper.ToActions(form.Actions, nameof(DefaultActionsForm.Actions), errors);
        if (errors.Count == 0)
        {
            var (result, error) = await TryChangeAsync(number, form.ETag, document => q < 0 || q >= document.Queues.Count
                ? (null, ("", "That queue policy is no longer in the draft."))
                : (document with { Queues = [.. document.Queues.Select((p, i) => i == q ? p with { DefaultActions = actions } : p)] }, null), cancellationToken);
            if (result is not null)
            {
                return result;
            }

            errors[error!.Value.Field] = error.Value.Message;
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        var code = (await workflow.GetAsync(number, cancellationToken)) is { } x && q >= 0 && PlanJson.Document(x.Version.DocumentJson).Queues is { } queues && q < queues.Count
            ? queues[q].QueueCode : "";
        return await DefaultPageAsync(number, q, code, form, cancellationToken);
    }

    /// <summary>The whole document as JSON: an addition to the forms for those who prefer it.</summary>
    [HttpPost("{number:int}/json")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Json(int number, [FromForm] string? etag, [FromForm] string? json, CancellationToken cancellationToken)
    {
        RoutingPlanDocument? parsed = null;
        try
        {
            parsed = JsonSerializer.Deserialize<RoutingPlanDocument>(json ?? "", PlanJson.Options);
        }
        catch (JsonException ex)
        {
            ModelState.AddModelError("json", $"The JSON could not be read{(ex.Path is null ? "" : $" at {ex.Path}")}: {ex.Message.Split(" Path:", 2)[0]}");
        }

        if (parsed is not null)
        {
            foreach (var (path, messages) in PlanDocumentShape.Check(parsed))
            {
                ModelState.AddModelError("json", $"{(path.Length == 0 ? "" : path + ": ")}{string.Join(" ", messages)}");
            }
        }
        else if (ModelState.IsValid)
        {
            ModelState.AddModelError("json", "Give the plan document as JSON.");
        }

        if (ModelState.IsValid)
        {
            var outcome = await workflow.UpdateAsync(number, etag, parsed!, Actor, cancellationToken);
            if (outcome.Kind == PlanOutcomeKind.Done)
            {
                return RedirectTo(number, "/edit");
            }

            ModelState.AddModelError("json", outcome.Reason ?? "The draft was not changed.");
        }

        return await Edit(number, cancellationToken);
    }

    [HttpPost("{number:int}/submit")]
    [Authorize(Policy = Permissions.EditRoutingPolicy)]
    public async Task<IActionResult> Submit(int number, [FromForm] string? etag, CancellationToken cancellationToken) =>
        await StepAsync(number, await workflow.SubmitAsync(number, etag, Actor, cancellationToken), cancellationToken);

    [HttpPost("{number:int}/approve")]
    [Authorize(Policy = Permissions.ApproveRoutingPolicy)]
    public async Task<IActionResult> Approve(int number, [FromForm] string? etag, CancellationToken cancellationToken) =>
        await StepAsync(number, await workflow.ApproveAsync(number, etag, Actor, cancellationToken), cancellationToken);

    [HttpPost("{number:int}/return")]
    [Authorize(Policy = Permissions.ApproveRoutingPolicy)]
    public async Task<IActionResult> Return(int number, [FromForm] string? etag, [FromForm] string? reason, CancellationToken cancellationToken) =>
        await StepAsync(number, await workflow.ReturnAsync(number, etag, reason, Actor, cancellationToken), cancellationToken,
            errorField: "reason", model: m => m with { ReturnReason = reason });

    [HttpPost("{number:int}/publish")]
    [Authorize(Policy = Permissions.PublishRoutingPolicy)]
    public async Task<IActionResult> Publish(int number, [FromForm] string? etag, [FromForm] string? when, [FromForm] string? date, [FromForm] string? time,
        CancellationToken cancellationToken)
    {
        DateTimeOffset? at = null;
        if (when == "at")
        {
            at = PlanDisplay.ParseLocal(date, time);
            if (at is null)
            {
                ModelState.AddModelError("date", "Give the date as 2026-12-01 and the time as 06:00 (24-hour, London time).");
                return await VersionPageAsync(number, m => m with { PublishWhen = when, PublishDate = date, PublishTime = time }, cancellationToken);
            }
        }

        return await StepAsync(number, await workflow.PublishAsync(number, etag, at, Actor, cancellationToken), cancellationToken,
            errorField: "date", model: m => m with { PublishWhen = when, PublishDate = date, PublishTime = time });
    }

    [HttpPost("{number:int}/rollback")]
    [Authorize(Policy = Permissions.PublishRoutingPolicy)]
    public async Task<IActionResult> Rollback(int number, CancellationToken cancellationToken)
    {
        var outcome = await workflow.RollbackAsync(number, Actor, cancellationToken);
        return outcome.Kind == PlanOutcomeKind.Done ? RedirectTo(outcome.Version!.Number) : await StepAsync(number, outcome, cancellationToken);
    }

    private async Task<IActionResult> StepAsync(int number, PlanOutcome outcome, CancellationToken cancellationToken, string errorField = "",
        Func<PlanVersionViewModel, PlanVersionViewModel>? model = null)
    {
        switch (outcome.Kind)
        {
            case PlanOutcomeKind.Done:
                return RedirectTo(number);
            case PlanOutcomeKind.NotFound:
                return NotFound();
            case PlanOutcomeKind.Invalid:
                // Each error links to its field on the page (the id of an element is its path, as the summary derives it).
                foreach (var finding in outcome.Validation!.Errors)
                {
                    ModelState.AddModelError(finding.Path, finding.Message);
                }

                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return await VersionPageAsync(number, model, cancellationToken, outcome.Validation.Warnings.ToList());
            case PlanOutcomeKind.BadInput:
                foreach (var (field, messages) in outcome.Errors!)
                {
                    ModelState.AddModelError(field, string.Join(" ", messages));
                }

                return await VersionPageAsync(number, model, cancellationToken);
            default:
                ModelState.AddModelError(errorField, outcome.Reason ?? "That step could not be taken.");
                Response.StatusCode = outcome.Kind == PlanOutcomeKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
                return await VersionPageAsync(number, model, cancellationToken);
        }
    }

    private async Task<IActionResult> VersionPageAsync(int number, Func<PlanVersionViewModel, PlanVersionViewModel>? model, CancellationToken cancellationToken,
        IReadOnlyList<PlanFinding>? warnings = null)
    {
        var found = await workflow.GetAsync(number, cancellationToken);
        if (found is not { } x)
        {
            return NotFound();
        }

        ViewData["Title"] = $"Routing plan version {number}";
        ViewData["Caption"] = Caption;
        var view = new PlanVersionViewModel(x.Version, x.Status, PlanJson.Document(x.Version.DocumentJson), await PermissionsAsync(), warnings ?? [])
        {
            ViewerIsAuthor = PlanWorkflow.IsOwnWork(x.Version, Actor),
        };
        return View("Version", model is null ? view : model(view));
    }

    private async Task<IActionResult> RuleAsync(int number, int q, int? r, CancellationToken cancellationToken)
    {
        var found = await workflow.GetAsync(number, cancellationToken);
        if (found is not { } x || x.Version.State != PlanState.Draft)
        {
            return found is null ? NotFound() : RedirectTo(number);
        }

        var document = PlanJson.Document(x.Version.DocumentJson);
        if (q < 0 || q >= document.Queues.Count || r is { } index && (index < 0 || index >= document.Queues[q].Rules.Count))
        {
            return NotFound();
        }

        var rule = r is { } at ? document.Queues[q].Rules[at] : null;
        var form = RuleFormMapper.ToForm(rule, x.Version.ConcurrencyToken);
        if (rule is null)
        {
            var rules = document.Queues[q].Rules;
            form.Priority = ((rules.Count == 0 ? 0 : rules.Max(x => x.Priority)) + 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            form.Id = $"{document.Queues[q].QueueCode}-rule-{rules.Count + 1}".ToLowerInvariant();
        }

        return await RulePageAsync(number, q, document.Queues[q].QueueCode, r, form, cancellationToken);
    }

    private async Task<IActionResult> SaveRuleAsync(int number, int q, int? r, RuleForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var rule = RuleFormMapper.ToRule(form, errors);
        if (rule is not null)
        {
            var (result, error) = await TryChangeAsync(number, form.ETag, document => WithRules(document, q, r ?? 0, rules =>
                r is { } index ? [.. rules.Select((x, i) => i == index ? rule : x)] : [.. rules, rule], allowNew: r is null), cancellationToken);
            if (result is not null)
            {
                return result;
            }

            errors[error!.Value.Field] = error.Value.Message;
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        var found = await workflow.GetAsync(number, cancellationToken);
        var queues = found is { } x ? PlanJson.Document(x.Version.DocumentJson).Queues : [];
        return await RulePageAsync(number, q, q >= 0 && q < queues.Count ? queues[q].QueueCode : "", r, form, cancellationToken);
    }

    private async Task<IActionResult> RulePageAsync(int number, int q, string queueCode, int? r, RuleForm form, CancellationToken cancellationToken)
    {
        ViewData["Title"] = r is null ? $"Add a rule to queue {queueCode}" : $"Change rule {form.Id} of queue {queueCode}";
        ViewData["Caption"] = $"Draft version {number}";
        return View("Rule", new RuleEditViewModel(number, q, queueCode, r, form, await ConfigurationAsync(cancellationToken)));
    }

    private async Task<IActionResult> DefaultPageAsync(int number, int q, string queueCode, DefaultActionsForm form, CancellationToken cancellationToken)
    {
        ViewData["Title"] = $"When no rule of queue {queueCode} fires";
        ViewData["Caption"] = $"Draft version {number}";
        return View("Default", new DefaultActionsViewModel(number, q, queueCode, form, await ConfigurationAsync(cancellationToken)));
    }

    private static (RoutingPlanDocument?, (string Field, string Message)?) WithRules(RoutingPlanDocument document, int q, int r,
        Func<IReadOnlyList<PolicyRule>, IReadOnlyList<PolicyRule>> change, bool allowNew = false)
    {
        if (q < 0 || q >= document.Queues.Count || (!allowNew && (r < 0 || r >= document.Queues[q].Rules.Count)))
        {
            return (null, ("", "That rule is no longer in the draft: open the draft again."));
        }

        return (document with { Queues = [.. document.Queues.Select((p, i) => i == q ? p with { Rules = change(p.Rules) } : p)] }, null);
    }

    private async Task<IActionResult> ChangeAsync(int number, string? etag,
        Func<RoutingPlanDocument, (RoutingPlanDocument?, (string Field, string Message)?)> change, CancellationToken cancellationToken)
    {
        var (result, error) = await TryChangeAsync(number, etag, change, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        ModelState.AddModelError(error!.Value.Field, error.Value.Message);
        return await Edit(number, cancellationToken);
    }

    // Applies a change to the draft's document with the ETag the form was rendered with: a redirect to the editor when
    // it is saved, or the field and message to show.
    private async Task<(IActionResult? Result, (string Field, string Message)? Error)> TryChangeAsync(int number, string? etag,
        Func<RoutingPlanDocument, (RoutingPlanDocument?, (string Field, string Message)?)> change, CancellationToken cancellationToken)
    {
        var found = await workflow.GetAsync(number, cancellationToken);
        if (found is not { } x)
        {
            return (NotFound(), null);
        }

        var (document, error) = change(PlanJson.Document(x.Version.DocumentJson));
        if (document is null)
        {
            return (null, error);
        }

        var outcome = await workflow.UpdateAsync(number, etag ?? "", document, Actor, cancellationToken);
        return outcome.Kind == PlanOutcomeKind.Done
            ? (RedirectTo(number, "/edit"), null)
            : (null, ("", outcome.Reason ?? "The draft was not changed."));
    }

    private async Task<RoutingConfiguration> ConfigurationAsync(CancellationToken cancellationToken) =>
        services.GetService(typeof(IRoutingDirectory)) is IRoutingDirectory directory ? await directory.CurrentAsync(cancellationToken) : RoutingConfiguration.Empty;

    private async Task<PlanPermissions> PermissionsAsync() => new(
        (await authorization.AuthorizeAsync(User, Permissions.EditRoutingPolicy)).Succeeded,
        (await authorization.AuthorizeAsync(User, Permissions.ApproveRoutingPolicy)).Succeeded,
        (await authorization.AuthorizeAsync(User, Permissions.PublishRoutingPolicy)).Succeeded);

    private string Actor => PlanActor.Of(User);

    private RedirectResult RedirectTo(int number, string suffix = "") => Redirect(Url.Content($"~/routing/plans/{number}{suffix}"));
}
