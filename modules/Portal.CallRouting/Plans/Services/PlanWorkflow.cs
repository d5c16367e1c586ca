using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Data;
using Portal.CallRouting.Plans.Diff;
using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Validation;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// The life of a plan version: Draft (editable) → Submitted (validated) → Approved (by another person) → Published (now
/// or at a set time; the configuration copy and the SHA-256 are fixed then) → Superseded (when a later one takes
/// effect). An approver may send a Submitted or Approved version back to Draft with a reason. A rollback is a new
/// version carrying an earlier published version's rules, created Submitted, so it still needs another person's
/// approval and a publication. Every change is audited; a step that is refused changes nothing.
/// </summary>
public sealed class PlanWorkflow(
    RoutingPlansDbContext db,
    PlanValidationContext validation,
    PublishedPlanSource publishedPlans,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string AuditCategory = AuditCategories.Routing;

    public async Task<IReadOnlyList<(RoutingPlanVersion Version, PlanVersionStatus Status)>> ListAsync(CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var status = PlanTimeline.StatusOf(versions, clock.GetUtcNow());
        return versions.Select(v => (v, status[v.Number])).ToList();
    }

    public async Task<(RoutingPlanVersion Version, PlanVersionStatus Status)?> GetAsync(int number, CancellationToken cancellationToken)
    {
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        return version is null ? null : (version, await StatusAsync(version, cancellationToken));
    }

    public async Task<PlanVersionStatus> StatusAsync(RoutingPlanVersion version, CancellationToken cancellationToken)
    {
        if (version.State != PlanState.Published)
        {
            return new PlanVersionStatus(version.State, false, false, null, null);
        }

        var published = await db.Versions.AsNoTracking().Where(v => v.State == PlanState.Published).ToListAsync(cancellationToken);
        return PlanTimeline.StatusOf(published, clock.GetUtcNow())[version.Number];
    }

    /// <summary>A new Draft: empty, or a copy of version <paramref name="copyFrom"/>'s rules.</summary>
    public async Task<PlanOutcome> CreateAsync(int? copyFrom, string actor, CancellationToken cancellationToken)
    {
        var document = RoutingPlanDocument.Empty;
        if (copyFrom is { } source)
        {
            var original = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == source, cancellationToken);
            if (original is null)
            {
                return new PlanOutcome(PlanOutcomeKind.BadInput, Errors: new() { ["copyFrom"] = [$"There is no routing plan version {source} to copy."] });
            }

            document = PlanJson.Document(original.DocumentJson);
        }

        var version = await AddAsync(PlanState.Draft, document, copyFrom, rollbackOf: null, actor, cancellationToken);
        await AuditAsync("plan-created", version, copyFrom is null ? "Empty draft." : $"Draft copied from version {copyFrom}.", cancellationToken);
        return PlanOutcome.Done(version);
    }

    /// <summary>Replaces a Draft's document. <paramref name="expectedToken"/> (If-Match) is required.</summary>
    public async Task<PlanOutcome> UpdateAsync(int number, string? expectedToken, RoutingPlanDocument document, string actor, CancellationToken cancellationToken)
    {
        var version = await db.Versions.SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            return PlanOutcome.NotFound(number);
        }

        if (version.State != PlanState.Draft)
        {
            return PlanOutcome.Conflict($"Routing plan version {number} is {version.State}: only a draft can be edited. Create a new draft (copied from it) instead.");
        }

        if (expectedToken is null)
        {
            return new PlanOutcome(PlanOutcomeKind.PreconditionRequired,
                Reason: "Send If-Match with the ETag of the version you read, so that another person's edit is not overwritten.");
        }

        if (expectedToken != version.ConcurrencyToken)
        {
            return PlanOutcome.Stale(number);
        }

        version.DocumentJson = PlanJson.Serialize(document);
        version.UpdatedBy = actor;
        version.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(version, "plan-edited", $"Draft edited: {document.Queues.Count} queue policies, {document.Queues.Sum(q => q.Rules.Count)} rules.", cancellationToken);
    }

    /// <summary>Validates a Draft and, when it has no errors, submits it for approval.</summary>
    public async Task<PlanOutcome> SubmitAsync(int number, string? expectedToken, string actor, CancellationToken cancellationToken)
    {
        var (version, refusal) = await LoadForStepAsync(number, expectedToken, PlanState.Draft, "submitted", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await validation.ValidateAsync(PlanJson.Document(version!.DocumentJson), cancellationToken);
        if (!result.IsValid)
        {
            await audit.WriteAsync(new AuditEntry(AuditCategory, "plan-submit-refused", AuditOutcome.Failure, Subject(version),
                $"{result.Errors.Count()} validation errors."), cancellationToken);
            return new PlanOutcome(PlanOutcomeKind.Invalid, version, Validation: result);
        }

        version.State = PlanState.Submitted;
        version.SubmittedBy = actor;
        version.SubmittedAt = clock.GetUtcNow();
        var outcome = await SaveAsync(version, "plan-submitted", $"Submitted with {result.Warnings.Count()} warnings.", cancellationToken);
        return outcome with { Validation = result };
    }

    /// <summary>Approves a Submitted version; the approver must not be its submitter or its last editor.</summary>
    public async Task<PlanOutcome> ApproveAsync(int number, string? expectedToken, string actor, CancellationToken cancellationToken)
    {
        var (found, refusal) = await LoadForStepAsync(number, expectedToken, PlanState.Submitted, "approved", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var version = found!;
        if (IsOwnWork(version, actor))
        {
            await audit.WriteAsync(new AuditEntry(AuditCategory, "plan-approve-refused", AuditOutcome.Refused, Subject(version),
                "The approver submitted or last edited this version."), cancellationToken);
            return new PlanOutcome(PlanOutcomeKind.Forbidden, version,
                $"You submitted or last edited routing plan version {number}: another person with the approve permission must approve it.");
        }

        version.State = PlanState.Approved;
        version.ApprovedBy = actor;
        version.ApprovedAt = clock.GetUtcNow();
        return await SaveAsync(version, "plan-approved", $"Submitted by {version.SubmittedBy}.", cancellationToken);
    }

    /// <summary>
    /// The two-person rule: whether <paramref name="actor"/> submitted or last edited the version, and so may not
    /// approve it. The version page asks too, to offer Approve only to someone who may.
    /// </summary>
    public static bool IsOwnWork(RoutingPlanVersion version, string actor) =>
        PlanActor.Same(actor, version.SubmittedBy) || PlanActor.Same(actor, version.UpdatedBy ?? version.CreatedBy);

    /// <summary>Sends a Submitted or Approved version back to Draft, with the reason for its editors.</summary>
    public async Task<PlanOutcome> ReturnAsync(int number, string? expectedToken, string? reason, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            return new PlanOutcome(PlanOutcomeKind.BadInput, Errors: new() { ["reason"] = ["Say why the version goes back to draft (up to 1000 characters)."] });
        }

        var version = await db.Versions.SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            return PlanOutcome.NotFound(number);
        }

        if (version.State is not (PlanState.Submitted or PlanState.Approved))
        {
            return PlanOutcome.Conflict($"Routing plan version {number} is {version.State}: only a submitted or approved version can be sent back to draft.");
        }

        if (expectedToken is not null && expectedToken != version.ConcurrencyToken)
        {
            return PlanOutcome.Stale(number);
        }

        version.State = PlanState.Draft;
        version.ReturnedBy = actor;
        version.ReturnedAt = clock.GetUtcNow();
        version.ReturnedReason = reason.Trim();
        version.ApprovedBy = null;
        version.ApprovedAt = null;
        return await SaveAsync(version, "plan-returned", version.ReturnedReason, cancellationToken);
    }

    /// <summary>
    /// Publishes an Approved version now or at <paramref name="at"/>. Validation runs again against the configuration
    /// as it is now (it may have changed since approval); the copy of that configuration and the content hash are
    /// fixed with the publication.
    /// </summary>
    public async Task<PlanOutcome> PublishAsync(int number, string? expectedToken, DateTimeOffset? at, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (at is { } when && when <= now)
        {
            return new PlanOutcome(PlanOutcomeKind.BadInput, Errors: new() { ["at"] = ["A scheduled publication must be in the future; leave 'at' out to publish now."] });
        }

        var (version, refusal) = await LoadForStepAsync(number, expectedToken, PlanState.Approved, "published", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var document = PlanJson.Document(version!.DocumentJson);
        var input = await validation.ForAsync(document, cancellationToken);
        var result = RoutingPlanValidator.Validate(input);
        if (!result.IsValid)
        {
            await audit.WriteAsync(new AuditEntry(AuditCategory, "plan-publish-refused", AuditOutcome.Failure, Subject(version),
                $"{result.Errors.Count()} validation errors against the current configuration."), cancellationToken);
            return new PlanOutcome(PlanOutcomeKind.Invalid, version, Validation: result);
        }

        version.State = PlanState.Published;
        version.PublishedBy = actor;
        version.PublishedAt = now;
        version.EffectiveAt = at ?? now;
        version.ConfigurationJson = PlanJson.Serialize(input.Configuration);
        version.Sha256 = PlanContentHash.Of(document, input.Configuration);
        var outcome = await SaveAsync(version, "plan-published",
            (at is null ? "In force now" : $"Scheduled for {at:O}") + $"; SHA-256 {version.Sha256}.", cancellationToken);
        publishedPlans.Forget();
        return outcome with { Validation = result };
    }

    /// <summary>
    /// Rolls back to an earlier published version: a NEW version with its rules, Submitted at once (after validation
    /// against the current configuration), which another person must approve and someone then publishes.
    /// </summary>
    public async Task<PlanOutcome> RollbackAsync(int number, string actor, CancellationToken cancellationToken)
    {
        var source = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (source is null)
        {
            return PlanOutcome.NotFound(number);
        }

        if (source.State != PlanState.Published)
        {
            return PlanOutcome.Conflict($"Routing plan version {number} was never published: only a published or superseded version can be rolled back to.");
        }

        var document = PlanJson.Document(source.DocumentJson);
        var result = await validation.ValidateAsync(document, cancellationToken);
        if (!result.IsValid)
        {
            await audit.WriteAsync(new AuditEntry(AuditCategory, "plan-rollback-refused", AuditOutcome.Failure, Subject(source),
                $"{result.Errors.Count()} validation errors against the current configuration."), cancellationToken);
            return new PlanOutcome(PlanOutcomeKind.Invalid, source, Validation: result);
        }

        var version = await AddAsync(PlanState.Submitted, document, number, rollbackOf: number, actor, cancellationToken);
        await AuditAsync("plan-rollback", version, $"Rollback to the rules of version {number}, submitted for approval.", cancellationToken);
        return PlanOutcome.Done(version, result);
    }

    /// <summary>The difference from version <paramref name="from"/> to <paramref name="to"/>, or the number that does not exist.</summary>
    public async Task<(PlanDiff? Diff, int? Missing)> DiffAsync(int from, int to, CancellationToken cancellationToken)
    {
        var numbers = new[] { from, to };
        var versions = await db.Versions.AsNoTracking().Where(v => numbers.Contains(v.Number)).ToDictionaryAsync(v => v.Number, cancellationToken);
        foreach (var number in numbers)
        {
            if (!versions.ContainsKey(number))
            {
                return (null, number);
            }
        }

        return (PlanDiffer.Compare(from, PlanJson.Document(versions[from].DocumentJson), to, PlanJson.Document(versions[to].DocumentJson)), null);
    }

    private async Task<(RoutingPlanVersion? Version, PlanOutcome? Refusal)> LoadForStepAsync(int number, string? expectedToken, PlanState required,
        string step, CancellationToken cancellationToken)
    {
        var version = await db.Versions.SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            return (null, PlanOutcome.NotFound(number));
        }

        if (version.State != required)
        {
            return (null, PlanOutcome.Conflict($"Routing plan version {number} is {version.State}: only a {required.ToString().ToLowerInvariant()} version can be {step}."));
        }

        return expectedToken is not null && expectedToken != version.ConcurrencyToken ? (null, PlanOutcome.Stale(number)) : (version, null);
    }

    private async Task<RoutingPlanVersion> AddAsync(PlanState state, RoutingPlanDocument document, int? copyFrom, int? rollbackOf, string actor,
        CancellationToken cancellationToken)
    {
        // The number is the next after the highest; two nodes creating at once collide on the key, and the loser
        // takes the next number.
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var next = (await db.Versions.Select(v => (int?)v.Number).MaxAsync(cancellationToken) ?? 0) + 1;
            var version = new RoutingPlanVersion
            {
                Number = next,
                State = state,
                DocumentJson = PlanJson.Serialize(document),
                CopiedFrom = copyFrom,
                RollbackOf = rollbackOf,
                CreatedBy = actor,
                CreatedAt = now,
                SubmittedBy = state == PlanState.Submitted ? actor : null,
                SubmittedAt = state == PlanState.Submitted ? now : null,
                ConcurrencyToken = Guid.NewGuid().ToString(),
            };
            db.Versions.Add(version);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return version;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<PlanOutcome> SaveAsync(RoutingPlanVersion version, string action, string detail, CancellationToken cancellationToken)
    {
        version.ConcurrencyToken = Guid.NewGuid().ToString();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PlanOutcome.Stale(version.Number);
        }

        await AuditAsync(action, version, detail, cancellationToken);
        return PlanOutcome.Done(version);
    }

    private Task AuditAsync(string action, RoutingPlanVersion version, string detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(AuditCategory, action, AuditOutcome.Success, Subject(version), detail), cancellationToken);

    private static string Subject(RoutingPlanVersion version) => $"routing-plan:{version.Number}";
}
