using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// Whether a document sent by a client is complete enough to store: no missing lists, codes or names (JSON lets a
/// client leave out any of them, and the records then hold null). Everything else is <see cref="RoutingPlanValidator"/>'s
/// business at submission. Answers field paths in the document's own spelling.
/// </summary>
public static class PlanDocumentShape
{
    public const int MaxTextLength = 200;

    public static Dictionary<string, string[]> Check(RoutingPlanDocument? document)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (document is null)
        {
            Add(errors, "", "Send the plan document: {\"queues\": [...], \"contingencyPlans\": [...]}.");
            return Done(errors);
        }

        if (document.Queues is null)
        {
            Add(errors, "queues", "Give the queue policies (an empty list for none).");
        }
        else
        {
            for (var i = 0; i < document.Queues.Count; i++)
            {
                CheckPolicy(errors, document.Queues[i], $"queues[{i}]");
            }
        }

        if (document.ContingencyPlans is null)
        {
            Add(errors, "contingencyPlans", "Give the contingency plans (an empty list for none).");
        }
        else
        {
            for (var c = 0; c < document.ContingencyPlans.Count; c++)
            {
                var plan = document.ContingencyPlans[c];
                var path = $"contingencyPlans[{c}]";
                if (plan is null)
                {
                    Add(errors, path, "A contingency plan cannot be null.");
                    continue;
                }

                Text(errors, plan.Code, path + ".code", "code");
                Text(errors, plan.Name, path + ".name", "name");
                if (plan.Description is null)
                {
                    Add(errors, path + ".description", "Give a description (it may be empty).");
                }

                if (plan.RevertAfterMinutes is < 1 or > 7 * 24 * 60)
                {
                    Add(errors, path + ".revertAfterMinutes", "The automatic revert must be between 1 minute and 7 days.");
                }

                if (plan.Queues is null)
                {
                    Add(errors, path + ".queues", "Give the queue policies the plan replaces.");
                    continue;
                }

                for (var i = 0; i < plan.Queues.Count; i++)
                {
                    CheckPolicy(errors, plan.Queues[i], $"{path}.queues[{i}]");
                }
            }
        }

        return Done(errors);
    }

    private static void CheckPolicy(Dictionary<string, List<string>> errors, QueuePolicy? policy, string path)
    {
        if (policy is null)
        {
            Add(errors, path, "A queue policy cannot be null.");
            return;
        }

        Text(errors, policy.QueueCode, path + ".queueCode", "queue code");
        if (policy.Rules is null)
        {
            Add(errors, path + ".rules", "Give the rules (an empty list for none).");
        }
        else
        {
            for (var r = 0; r < policy.Rules.Count; r++)
            {
                CheckRule(errors, policy.Rules[r], $"{path}.rules[{r}]");
            }
        }

        if (policy.DefaultActions is null)
        {
            Add(errors, path + ".defaultActions", "Give the default actions.");
        }
        else
        {
            CheckActions(errors, policy.DefaultActions, path + ".defaultActions");
        }
    }

    private static void CheckRule(Dictionary<string, List<string>> errors, PolicyRule? rule, string path)
    {
        if (rule is null)
        {
            Add(errors, path, "A rule cannot be null.");
            return;
        }

        Text(errors, rule.Id, path + ".id", "rule id");
        Text(errors, rule.Name, path + ".name", "rule name");
        if (rule.Priority is < 0 or > 100_000)
        {
            Add(errors, path + ".priority", "The priority must be between 0 and 100000.");
        }

        if (rule.Conditions is null)
        {
            Add(errors, path + ".conditions", "Give the conditions (an empty list: the rule always holds).");
        }
        else
        {
            for (var c = 0; c < rule.Conditions.Count; c++)
            {
                CheckCondition(errors, rule.Conditions[c], $"{path}.conditions[{c}]");
            }
        }

        if (rule.Actions is null)
        {
            Add(errors, path + ".actions", "Give the actions.");
        }
        else
        {
            CheckActions(errors, rule.Actions, path + ".actions");
        }
    }

    private static void CheckCondition(Dictionary<string, List<string>> errors, RuleCondition? condition, string path)
    {
        switch (condition)
        {
            case null:
                Add(errors, path, "A condition cannot be null.");
                break;
            case TimePeriodCondition time:
                Text(errors, time.ScheduleCode, path + ".scheduleCode", "schedule code");
                break;
            case QueueMetricCondition metric:
                if (double.IsNaN(metric.Threshold) || double.IsInfinity(metric.Threshold))
                {
                    Add(errors, path + ".threshold", "The threshold must be a number.");
                }

                if (metric.QueueCode is { Length: > MaxTextLength })
                {
                    Add(errors, path + ".queueCode", $"The queue code is longer than {MaxTextLength} characters.");
                }

                break;
            case CentreStateCondition centre:
                Text(errors, centre.CentreCode, path + ".centreCode", "centre code");
                if (centre.States is null || centre.States.Count == 0)
                {
                    Add(errors, path + ".states", "Name at least one service state.");
                }

                break;
            case CallerPrefixCondition prefix:
                if (prefix.Prefixes is null || prefix.Prefixes.Count == 0)
                {
                    Add(errors, path + ".prefixes", "Name at least one number prefix.");
                }
                else
                {
                    for (var p = 0; p < prefix.Prefixes.Count; p++)
                    {
                        if (!IsPrefix(prefix.Prefixes[p]))
                        {
                            Add(errors, $"{path}.prefixes[{p}]", "A prefix is 1 to 15 digits, with an optional leading +.");
                        }
                    }
                }

                break;
        }
    }

    private static void CheckActions(Dictionary<string, List<string>> errors, IReadOnlyList<RuleAction?> actions, string path)
    {
        for (var a = 0; a < actions.Count; a++)
        {
            var at = $"{path}[{a}]";
            switch (actions[a])
            {
                case null:
                    Add(errors, at, "An action cannot be null.");
                    break;
                case RouteToCentreAction route:
                    Text(errors, route.CentreCode, at + ".centreCode", "centre code");
                    break;
                case OverflowToQueueAction overflow:
                    Text(errors, overflow.QueueCode, at + ".queueCode", "queue code");
                    break;
                case OverflowToPartnerAction partner:
                    Text(errors, partner.AgreementId, at + ".agreementId", "agreement id");
                    break;
                case PlayAnnouncementAction announcement:
                    Text(errors, announcement.Announcement, at + ".announcement", "announcement", 2000);
                    break;
                case NotifyAction notify:
                    Text(errors, notify.Recipient, at + ".recipient", "recipient");
                    Text(errors, notify.Message, at + ".message", "message", 2000);
                    break;
            }
        }
    }

    private static bool IsPrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return false;
        }

        var digits = prefix.StartsWith('+') ? prefix[1..] : prefix;
        return digits.Length is >= 1 and <= 15 && digits.All(char.IsAsciiDigit);
    }

    private static void Text(Dictionary<string, List<string>> errors, string? value, string path, string what, int max = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(errors, path, $"Give the {what}.");
        }
        else if (value.Length > max)
        {
            Add(errors, path, $"The {what} is longer than {max} characters.");
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var list))
        {
            errors[path] = list = [];
        }

        list.Add(message);
    }

    private static Dictionary<string, string[]> Done(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
