using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Contingency.Data;
using Portal.CallRouting.Contingency.Models;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans;
using Portal.Contracts;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Contingency.Services;

/// <summary>
/// Switches contingency plans of the published plan on and off. Every change is stored with its integration event in
/// one transaction (<see cref="IEventOutbox"/>) and audited. An activation past its revert time is reverted here, as
/// "automatic", the next time anything reads the activations (a decision does so at least once a second while calls
/// flow); the evaluator already ignores it from its revert time on, so routing never waits for that record. When the plan
/// says partners are told, each partner force with a usable agreement gets its own cross-tenant event in the same
/// transaction (<see cref="PartnerContingencyActivated"/>, <see cref="PartnerContingencyReverted"/>).
/// </summary>
public sealed class ContingencyActivations(
    ContingencyDbContext db,
    IPublishedPlanSource plans,
    IOverflowAgreements agreements,
    IEventOutbox outbox,
    IAuditLog audit,
    ShellSettings tenant,
    TimeProvider clock,
    ActiveContingencyCache cache)
{
    public const string AuditCategory = "routing";

    public async Task<IReadOnlyList<ContingencyPlanView>?> ListAsync(CancellationToken cancellationToken)
    {
        var plan = await plans.CurrentAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var open = await OpenAsync(cancellationToken);
        return plan.Document.ContingencyPlans.Select(c => new ContingencyPlanView(c.Code, c.Name, c.Description, c.RevertAfterMinutes,
                c.NotifyPartners, c.Queues.Select(q => q.QueueCode).ToList(),
                open.FirstOrDefault(a => a.PlanCode == c.Code) is { } active ? ContingencyActivationView.From(active) : null))
            .ToList();
    }

    /// <summary>The most recent activations, newest first, reverted or not (for the page's history).</summary>
    public async Task<IReadOnlyList<ContingencyActivationView>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        var all = await db.Activations.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderByDescending(a => a.ActivatedAt).Take(count).Select(ContingencyActivationView.From).ToList();
    }

    /// <summary>The activations in force now, as the evaluator takes them.</summary>
    public async Task<IReadOnlyList<ContingencyActivationState>> ActiveAsync(CancellationToken cancellationToken) =>
        (await OpenAsync(cancellationToken)).Select(a => new ContingencyActivationState(a.PlanCode, a.ActivatedAt, a.RevertAt)).ToList();

    public async Task<ContingencyCommandResult> ActivateAsync(string code, string? reason, string actor, CancellationToken cancellationToken)
    {
        if (Reason(reason) is { } invalid)
        {
            return invalid;
        }

        var plan = await plans.CurrentAsync(cancellationToken);
        if (plan is null)
        {
            return ContingencyCommandResult.Refused(ContingencyCommandStatus.NoPublishedPlan);
        }

        var contingency = plan.Document.ContingencyPlans.FirstOrDefault(c => c.Code == code);
        if (contingency is null)
        {
            return ContingencyCommandResult.Refused(ContingencyCommandStatus.NotFound);
        }

        if ((await OpenAsync(cancellationToken)).Any(a => a.PlanCode == code))
        {
            return ContingencyCommandResult.Refused(ContingencyCommandStatus.AlreadyActive);
        }

        var now = clock.GetUtcNow();
        var activation = new ContingencyActivation
        {
            Id = Guid.NewGuid(),
            PlanCode = contingency.Code,
            PlanName = contingency.Name,
            PlanVersion = plan.Version,
            Reason = reason!.Trim(),
            ActivatedBy = Clip(actor),
            ActivatedAt = now,
            RevertAt = now.AddMinutes(contingency.RevertAfterMinutes),
            NotifyPartners = contingency.NotifyPartners,
        };
        db.Activations.Add(activation);
        var partners = await PartnersAsync(contingency.NotifyPartners, cancellationToken);
        try
        {
            await outbox.SaveChangesAsync(db, [Activated(activation, contingency, partners), .. ToPartners(activation, contingency, partners)], cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on open activations: someone else switched it on a moment ago.
            db.ChangeTracker.Clear();
            return ContingencyCommandResult.Refused(ContingencyCommandStatus.AlreadyActive);
        }

        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry(AuditCategory, "contingency-activated", AuditOutcome.Success, contingency.Code,
            $"Contingency plan {contingency.Code} ({contingency.Name}) switched on under plan version {plan.Version} until {activation.RevertAt:u}: {activation.Reason}"),
            cancellationToken);
        return ContingencyCommandResult.Done(ContingencyActivationView.From(activation));
    }

    public async Task<ContingencyCommandResult> RevertAsync(string code, string? reason, string actor, CancellationToken cancellationToken)
    {
        if (Reason(reason) is { } invalid)
        {
            return invalid;
        }

        var open = (await OpenAsync(cancellationToken)).FirstOrDefault(a => a.PlanCode == code);
        if (open is null)
        {
            var plan = await plans.CurrentAsync(cancellationToken);
            return ContingencyCommandResult.Refused(plan is null ? ContingencyCommandStatus.NoPublishedPlan
                : plan.Document.ContingencyPlans.Any(c => c.Code == code) ? ContingencyCommandStatus.NotActive
                : ContingencyCommandStatus.NotFound);
        }

        var reverted = await CloseAsync(open, clock.GetUtcNow(), Clip(actor), reason!.Trim(), automatic: false, cancellationToken);
        return reverted is null
            ? ContingencyCommandResult.Refused(ContingencyCommandStatus.NotActive)
            : ContingencyCommandResult.Done(ContingencyActivationView.From(reverted));
    }

    /// <summary>The activations not yet reverted, after recording the automatic revert of those whose time ran out.</summary>
    private async Task<List<ContingencyActivation>> OpenAsync(CancellationToken cancellationToken)
    {
        var open = await db.Activations.AsNoTracking().Where(a => a.RevertedAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var expired in open.Where(a => !a.IsActiveAt(now)).ToList())
        {
            await CloseAsync(expired, expired.RevertAt, ContingencyLimits.AutomaticActor,
                $"Reverted automatically: its time ran out at {expired.RevertAt:u}.", automatic: true, cancellationToken);
            open.Remove(expired);
        }

        return open;
    }

    /// <summary>Marks one activation reverted, if no one (on any node) has done so first; null when someone had.</summary>
    private async Task<ContingencyActivation?> CloseAsync(ContingencyActivation activation, DateTimeOffset at, string actor, string reason, bool automatic,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Activations
            .Where(a => a.Id == activation.Id && a.RevertedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.RevertedAt, at)
                .SetProperty(a => a.RevertedBy, actor)
                .SetProperty(a => a.RevertReason, reason), cancellationToken);
        if (changed == 0)
        {
            return null;
        }

        activation.RevertedAt = at;
        activation.RevertedBy = actor;
        activation.RevertReason = reason;
        var partners = await PartnersAsync(activation.NotifyPartners, cancellationToken);
        await outbox.SaveChangesAsync(db, [new ContingencyPlanReverted(tenant.Name, activation.Id, activation.PlanCode, reason, actor, at, automatic,
            activation.NotifyPartners, partners),
            .. partners.Select(p => new PartnerContingencyReverted(tenant.Name, tenant.Name, p, activation.Id, activation.PlanCode, reason, actor, at, automatic))],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();

        await audit.WriteAsync(new AuditEntry(AuditCategory, automatic ? "contingency-reverted-automatically" : "contingency-reverted",
            AuditOutcome.Success, activation.PlanCode, $"Contingency plan {activation.PlanCode} switched off at {at:u}: {reason}")
        {
            Actor = automatic ? ContingencyLimits.AutomaticActor : null,
        }, cancellationToken);
        return activation;
    }

    private async Task<IReadOnlyList<string>> PartnersAsync(bool notify, CancellationToken cancellationToken) =>
        notify
            ? (await agreements.UsableAsync(cancellationToken)).Select(a => a.PartnerTenant).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : [];

    private ContingencyPlanActivated Activated(ContingencyActivation activation, ContingencyPlan contingency, IReadOnlyList<string> partners) =>
        new(tenant.Name, activation.Id, activation.PlanCode, activation.PlanName, activation.PlanVersion,
            contingency.Queues.Select(q => q.QueueCode).ToList(), activation.Reason, activation.ActivatedBy, activation.ActivatedAt,
            activation.RevertAt, activation.NotifyPartners, partners);

    // One event per partner force, between tenants: each partner admits it only under an accepted agreement with this force.
    private IEnumerable<IIntegrationEvent> ToPartners(ContingencyActivation activation, ContingencyPlan contingency, IReadOnlyList<string> partners) =>
        partners.Select(p => new PartnerContingencyActivated(tenant.Name, tenant.Name, p, activation.Id, activation.PlanCode, activation.PlanName,
            contingency.Queues.Select(q => q.QueueCode).ToList(), activation.Reason, activation.ActivatedBy, activation.ActivatedAt, activation.RevertAt));

    private static ContingencyCommandResult? Reason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ContingencyCommandResult.Invalid("reason", "Say why: the reason is recorded in the audit log and sent to partner forces.");
        }

        return reason.Trim().Length > ContingencyLimits.Reason
            ? ContingencyCommandResult.Invalid("reason", $"The reason must be at most {ContingencyLimits.Reason} characters.")
            : null;
    }

    private static string Clip(string actor) => actor.Length <= ContingencyLimits.Actor ? actor : actor[..ContingencyLimits.Actor];
}
