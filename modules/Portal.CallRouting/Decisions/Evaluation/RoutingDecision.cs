using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// Where one call goes and why. <see cref="RuleId"/> is null when the queue's default placed the call;
/// <see cref="Contingency"/> names the contingency plan whose policy was in force, if any.
/// </summary>
public sealed record RoutingDecision(
    int PlanVersion,
    string PlanSha256,
    string Service,
    DateTimeOffset At,
    string EntryQueue,
    string Queue,
    DecisionActionKind Action,
    DecisionTargetKind TargetKind,
    string? Centre,
    string? PartnerTenant,
    string? AgreementId,
    string? Announcement,
    string? RuleId,
    string? RuleName,
    string? Contingency,
    IReadOnlyList<NotifyAction> Notifications,
    IReadOnlyList<DecisionTraceEntry> Trace);
