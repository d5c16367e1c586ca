using System.Globalization;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>
/// Between the plain rows of the forms and the rule model. Reading collects an error per field, keyed by the form
/// field's name (<c>Conditions[1].Threshold</c>), so the page's error summary links to the input.
/// </summary>
public static class RuleFormMapper
{
    public const int BlankRows = 2;

    public static readonly string[] ConditionKinds = ["timePeriod", "queueMetric", "centreState", "callerPrefix", "callerWithheld"];
    public static readonly string[] ActionKinds = ["servingCentres", "routeToCentre", "overflowToQueue", "overflowToPartner", "playAnnouncement", "notify"];

    public static RuleForm ToForm(PolicyRule? rule, string etag)
    {
        var form = new RuleForm { ETag = etag, Id = rule?.Id, Name = rule?.Name, Priority = rule?.Priority.ToString(CultureInfo.InvariantCulture) };
        form.Conditions.AddRange((rule?.Conditions ?? []).Select(ToRow));
        form.Actions.AddRange((rule?.Actions ?? []).Select(ToRow));
        Pad(form.Conditions, form.Actions);
        return form;
    }

    public static void Pad(List<ConditionRow> conditions, List<ActionRow> actions)
    {
        conditions.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new ConditionRow()));
        actions.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new ActionRow()));
    }

    public static ConditionRow ToRow(RuleCondition condition) => condition switch
    {
        TimePeriodCondition t => new ConditionRow { Kind = "timePeriod", ScheduleCode = t.ScheduleCode, WhenOpen = t.WhenOpen },
        QueueMetricCondition m => new ConditionRow
        {
            Kind = "queueMetric", Metric = m.Metric.ToString(), Operator = m.Operator.ToString(),
            Threshold = m.Threshold.ToString(CultureInfo.InvariantCulture), QueueCode = m.QueueCode,
        },
        CentreStateCondition c => new ConditionRow { Kind = "centreState", CentreCode = c.CentreCode, States = string.Join(", ", c.States) },
        CallerPrefixCondition p => new ConditionRow { Kind = "callerPrefix", Prefixes = string.Join(", ", p.Prefixes) },
        CallerWithheldCondition w => new ConditionRow { Kind = "callerWithheld", Withheld = w.Withheld },
        _ => new ConditionRow(),
    };

    public static ActionRow ToRow(RuleAction action) => action switch
    {
        ServingCentresAction => new ActionRow { Kind = "servingCentres" },
        RouteToCentreAction r => new ActionRow { Kind = "routeToCentre", Target = r.CentreCode },
        OverflowToQueueAction q => new ActionRow { Kind = "overflowToQueue", Target = q.QueueCode },
        OverflowToPartnerAction p => new ActionRow { Kind = "overflowToPartner", Target = p.AgreementId },
        PlayAnnouncementAction a => new ActionRow { Kind = "playAnnouncement", Target = a.Announcement },
        NotifyAction n => new ActionRow { Kind = "notify", Target = n.Recipient, Message = n.Message },
        _ => new ActionRow(),
    };

    /// <summary>The rule the form describes, or null with <paramref name="errors"/> saying which fields are wrong.</summary>
    public static PolicyRule? ToRule(RuleForm form, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(form.Id))
        {
            errors[nameof(RuleForm.Id)] = "Give the rule an id (it stays the same across versions).";
        }

        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors[nameof(RuleForm.Name)] = "Give the rule a name.";
        }

        if (!int.TryParse(form.Priority, NumberStyles.Integer, CultureInfo.InvariantCulture, out var priority) || priority is < 0 or > 100_000)
        {
            errors[nameof(RuleForm.Priority)] = "The priority must be a whole number from 0 to 100000 (lowest is tried first).";
        }

        var conditions = new List<RuleCondition>();
        for (var i = 0; i < form.Conditions.Count; i++)
        {
            if (ToCondition(form.Conditions[i], $"Conditions[{i}]", errors) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        var actions = ToActions(form.Actions, "Actions", errors);
        return errors.Count > 0 ? null : new PolicyRule(form.Id!.Trim(), form.Name!.Trim(), priority, conditions, actions);
    }

    public static List<RuleAction> ToActions(List<ActionRow> rows, string prefix, Dictionary<string, string> errors)
    {
        var actions = new List<RuleAction>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (ToAction(rows[i], $"{prefix}[{i}]", errors) is { } action)
            {
                actions.Add(action);
            }
        }

        return actions;
    }

    private static RuleCondition? ToCondition(ConditionRow row, string field, Dictionary<string, string> errors)
    {
        switch (row.Kind)
        {
            case null or "":
                return null;
            case "timePeriod":
                return Required(row.ScheduleCode, field + ".ScheduleCode", "Give the schedule code.", errors) is { } schedule
                    ? new TimePeriodCondition(schedule, row.WhenOpen) : null;
            case "queueMetric":
                var metricOk = Enum.TryParse<QueueMetric>(row.Metric, out var metric);
                var operatorOk = Enum.TryParse<ComparisonOperator>(row.Operator, out var op);
                var thresholdOk = double.TryParse(row.Threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && double.IsFinite(threshold);
                if (!metricOk)
                {
                    errors[field + ".Metric"] = "Choose the queue figure to test.";
                }

                if (!operatorOk)
                {
                    errors[field + ".Operator"] = "Choose how to compare it.";
                }

                if (!thresholdOk)
                {
                    errors[field + ".Threshold"] = "The threshold must be a number, like 20 or 0.9.";
                }

                return metricOk && operatorOk && thresholdOk
                    ? new QueueMetricCondition(metric, op, threshold, string.IsNullOrWhiteSpace(row.QueueCode) ? null : row.QueueCode.Trim())
                    : null;
            case "centreState":
                var centre = Required(row.CentreCode, field + ".CentreCode", "Give the centre code.", errors);
                var states = new List<CentreServiceState>();
                foreach (var text in Split(row.States))
                {
                    if (Enum.TryParse<CentreServiceState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state))
                    {
                        states.Add(state);
                    }
                    else
                    {
                        errors[field + ".States"] = $"'{text}' is not a service state: use {string.Join(", ", Enum.GetNames<CentreServiceState>())}.";
                    }
                }

                if (states.Count == 0 && !errors.ContainsKey(field + ".States"))
                {
                    errors[field + ".States"] = "Name at least one service state.";
                }

                return centre is null || errors.ContainsKey(field + ".States") ? null : new CentreStateCondition(centre, states);
            case "callerPrefix":
                var prefixes = Split(row.Prefixes).ToList();
                if (prefixes.Count == 0 || prefixes.Any(p => !(p.TrimStart('+').Length is >= 1 and <= 15 && p.TrimStart('+').All(char.IsAsciiDigit))))
                {
                    errors[field + ".Prefixes"] = "Give prefixes of 1 to 15 digits (an optional leading +), separated by commas.";
                    return null;
                }

                return new CallerPrefixCondition(prefixes);
            case "callerWithheld":
                return new CallerWithheldCondition(row.Withheld);
            default:
                errors[field + ".Kind"] = "Choose a kind of condition.";
                return null;
        }
    }

    private static RuleAction? ToAction(ActionRow row, string field, Dictionary<string, string> errors)
    {
        var target = field + ".Target";
        switch (row.Kind)
        {
            case null or "":
                return null;
            case "servingCentres":
                return new ServingCentresAction();
            case "routeToCentre":
                return Required(row.Target, target, "Give the centre code.", errors) is { } centre ? new RouteToCentreAction(centre) : null;
            case "overflowToQueue":
                return Required(row.Target, target, "Give the queue code.", errors) is { } queue ? new OverflowToQueueAction(queue) : null;
            case "overflowToPartner":
                return Required(row.Target, target, "Give the agreement id.", errors) is { } agreement ? new OverflowToPartnerAction(agreement) : null;
            case "playAnnouncement":
                return Required(row.Target, target, "Give the announcement.", errors) is { } text ? new PlayAnnouncementAction(text) : null;
            case "notify":
                var recipient = Required(row.Target, target, "Give who to notify.", errors);
                var message = Required(row.Message, field + ".Message", "Give the message.", errors);
                return recipient is null || message is null ? null : new NotifyAction(recipient, message);
            default:
                errors[field + ".Kind"] = "Choose a kind of action.";
                return null;
        }
    }

    private static string? Required(string? value, string field, string message, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = message;
            return null;
        }

        return value.Trim();
    }

    private static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split([',', ' ', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
