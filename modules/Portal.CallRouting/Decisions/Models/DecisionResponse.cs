using System.Text.Json.Serialization;
using Portal.CallRouting.Decisions.Evaluation;

namespace Portal.CallRouting.Decisions.Models;

/// <summary>The answer of <c>POST /api/routing/decisions</c>.</summary>
public sealed record DecisionResponse(
    int PlanVersion,
    string PlanSha256,
    string Service,
    DateTimeOffset At,
    string EntryQueue,
    string Queue,
    string Action,
    DecisionTargetResponse Target,
    DecisionRuleResponse? Rule,
    string? Contingency,
    IReadOnlyList<DecisionNotificationResponse> Notifications,
    [property: JsonConverter(typeof(CachedTraceJsonConverter))] IReadOnlyList<DecisionTraceResponse> Trace)
{
    public static DecisionResponse From(RoutingDecision d) => new(
        d.PlanVersion,
        d.PlanSha256,
        d.Service,
        d.At,
        d.EntryQueue,
        d.Queue,
        CamelCaseName<DecisionActionKind>.Of(d.Action),
        new DecisionTargetResponse(CamelCaseName<DecisionTargetKind>.Of(d.TargetKind), d.Centre, d.PartnerTenant, d.AgreementId, d.Announcement),
        d.RuleId is null ? null : new DecisionRuleResponse(d.RuleId, d.RuleName ?? d.RuleId),
        d.Contingency,
        d.Notifications.Count == 0 ? [] : d.Notifications.Select(n => new DecisionNotificationResponse(n.Recipient, n.Message)).ToArray(),
        TraceStepAnswers.Of(d.Trace));
}
