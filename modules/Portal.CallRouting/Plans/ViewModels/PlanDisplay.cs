using System.Globalization;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>How the plans pages write states, times, conditions and actions for people.</summary>
public static class PlanDisplay
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string StateText(PlanVersionStatus status) => status switch
    {
        { InForce: true } => "In force",
        { Scheduled: true } => "Scheduled",
        _ => status.State.ToString(),
    };

    public static string StateTagClass(PlanVersionStatus status) => status switch
    {
        { InForce: true } => "govuk-tag govuk-tag--green",
        { Scheduled: true } => "govuk-tag govuk-tag--turquoise",
        { State: PlanState.Draft } => "govuk-tag govuk-tag--grey",
        { State: PlanState.Submitted } => "govuk-tag govuk-tag--blue",
        { State: PlanState.Approved } => "govuk-tag govuk-tag--purple",
        { State: PlanState.Superseded } => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag",
    };

    /// <summary>An instant in Europe/London time, as "27 Nov 2026 14:05".</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, London).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Who(string? person, DateTimeOffset? at) => person is null ? "" : $"{person}, {Time(at)}";

    public static string Describe(RuleCondition condition) => condition switch
    {
        TimePeriodCondition t => $"schedule {t.ScheduleCode} is {(t.WhenOpen ? "open" : "closed")}",
        QueueMetricCondition m => $"{m.Metric} of {m.QueueCode ?? "this queue"} {Operator(m.Operator)} {m.Threshold.ToString(CultureInfo.InvariantCulture)}",
        CentreStateCondition c => $"centre {c.CentreCode} is {string.Join(" or ", c.States)}",
        CallerPrefixCondition p => $"caller's number starts with {string.Join(" or ", p.Prefixes)}",
        CallerWithheldCondition w => w.Withheld ? "caller's number is withheld" : "caller's number is presented",
        _ => condition.GetType().Name,
    };

    public static string Describe(RuleAction action) => action switch
    {
        ServingCentresAction => "to the queue's serving centres by preference",
        RouteToCentreAction r => $"to centre {r.CentreCode}",
        OverflowToQueueAction q => $"overflow to queue {q.QueueCode}",
        OverflowToPartnerAction p => $"overflow to a partner force under agreement {p.AgreementId}",
        PlayAnnouncementAction a => $"play \"{a.Announcement}\" and end the call",
        NotifyAction n => $"notify {n.Recipient}: \"{n.Message}\"",
        _ => action.GetType().Name,
    };

    /// <summary>The field of an action a validation path ends in (".centreCode"), or null for an action without one.</summary>
    public static string? TargetField(RuleAction action) => action switch
    {
        RouteToCentreAction => "centreCode",
        OverflowToQueueAction => "queueCode",
        OverflowToPartnerAction => "agreementId",
        PlayAnnouncementAction => "announcement",
        NotifyAction => "recipient",
        _ => null,
    };

    /// <summary>The field of a condition a validation path ends in, or null.</summary>
    public static string? TargetField(RuleCondition condition) => condition switch
    {
        TimePeriodCondition => "scheduleCode",
        QueueMetricCondition => "queueCode",
        CentreStateCondition => "centreCode",
        _ => null,
    };

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "≤",
        ComparisonOperator.Equal => "=",
        ComparisonOperator.GreaterThanOrEqual => "≥",
        _ => ">",
    };

    /// <summary>A local Europe/London date and time typed on the publish form, as an instant; null when it does not parse.</summary>
    public static DateTimeOffset? ParseLocal(string? date, string? time)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || !TimeOnly.TryParseExact(time?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return null;
        }

        var local = d.ToDateTime(t, DateTimeKind.Unspecified);
        // A time skipped by the clocks going forward does not exist in London.
        return London.IsInvalidTime(local) ? null : new DateTimeOffset(local, London.GetUtcOffset(local));
    }
}
