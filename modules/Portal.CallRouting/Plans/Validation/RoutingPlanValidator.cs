using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// Validation before submission and again before publication: a pure function of the document, the configuration, the
/// usable agreements, the centres' states and the time. Errors block; warnings are shown. Paths name fields in the
/// document's own spelling (<c>queues[0].rules[2].actions[0].queueCode</c>). The document must have passed
/// <see cref="PlanDocumentShape"/> (no nulls where something is required).
/// </summary>
public static class RoutingPlanValidator
{
    /// <summary>An agreement that runs out sooner than this after validation is worth a warning.</summary>
    public static readonly TimeSpan AgreementExpiryWarning = TimeSpan.FromDays(14);

    public static PlanValidationResult Validate(PlanValidationInput input)
    {
        var findings = new List<PlanFinding>();
        var document = input.Document;

        CheckPolicies(findings, input, document.Queues, "queues", isContingency: false);
        CheckWarningsOfMainPlan(findings, input);

        var mainEdges = OverflowLoopFinder.EdgesOf(document.Queues, "queues").ToList();
        foreach (var (edge, loop) in OverflowLoopFinder.Find(mainEdges, mainEdges))
        {
            findings.Add(Error(PlanFindingCodes.OverflowLoop, edge.Path,
                $"Overflow loop: {string.Join(" → ", loop)}. A call could go round it for ever; break the loop."));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < document.ContingencyPlans.Count; c++)
        {
            var plan = document.ContingencyPlans[c];
            var path = $"contingencyPlans[{c}]";
            if (!codes.Add(plan.Code))
            {
                findings.Add(Error(PlanFindingCodes.DuplicateContingencyPlan, path + ".code", $"Another contingency plan has the code {plan.Code}."));
            }

            CheckPolicies(findings, input, plan.Queues, path + ".queues", isContingency: true);

            // While the plan is active its policies replace those queues' policies: check loops in that combination,
            // reporting only the contingency plan's own actions (loops of the main plan alone are reported above).
            var replaced = plan.Queues.Select(q => q.QueueCode).ToHashSet(StringComparer.Ordinal);
            var ownEdges = OverflowLoopFinder.EdgesOf(plan.Queues, path + ".queues").ToList();
            var combined = mainEdges.Where(e => !replaced.Contains(e.From)).Concat(ownEdges).ToList();
            foreach (var (edge, loop) in OverflowLoopFinder.Find(combined, ownEdges))
            {
                findings.Add(Error(PlanFindingCodes.OverflowLoop, edge.Path,
                    $"Overflow loop while contingency plan {plan.Code} is active: {string.Join(" → ", loop)}."));
            }
        }

        CheckEmergencyCover(findings, input);
        return new PlanValidationResult(findings);
    }

    private static void CheckPolicies(List<PlanFinding> findings, PlanValidationInput input, IReadOnlyList<QueuePolicy> policies, string prefix, bool isContingency)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policies.Count; i++)
        {
            var policy = policies[i];
            var path = $"{prefix}[{i}]";
            var queue = input.Configuration.Queue(policy.QueueCode);
            if (!seen.Add(policy.QueueCode))
            {
                findings.Add(Error(PlanFindingCodes.DuplicateQueue, path + ".queueCode", $"Queue {policy.QueueCode} has another policy in this list."));
            }

            if (queue is null)
            {
                findings.Add(Error(PlanFindingCodes.UnknownQueue, path + ".queueCode", $"There is no queue {policy.QueueCode} in the configuration."));
            }

            CheckRules(findings, input, policy, queue, path);
            CheckActions(findings, input, policy, queue, policy.DefaultActions, path + ".defaultActions", "the default");

            if (!isContingency && queue is { IsEmergency: true } && !policy.Rules.SelectMany(r => r.Actions).Concat(policy.DefaultActions)
                    .Any(a => a is OverflowToQueueAction or OverflowToPartnerAction))
            {
                findings.Add(Warning(PlanFindingCodes.EmergencyWithoutOverflow, path + ".queueCode",
                    $"999 queue {policy.QueueCode} has no overflow to another queue or a partner force: when its centres are full, calls wait."));
            }
        }
    }

    private static void CheckRules(List<PlanFinding> findings, PlanValidationInput input, QueuePolicy policy, CallQueue? queue, string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var priorities = new HashSet<int>();
        for (var r = 0; r < policy.Rules.Count; r++)
        {
            var rule = policy.Rules[r];
            var rulePath = $"{path}.rules[{r}]";
            if (!ids.Add(rule.Id))
            {
                findings.Add(Error(PlanFindingCodes.DuplicateRuleId, rulePath + ".id", $"Another rule of queue {policy.QueueCode} has the id {rule.Id}."));
            }

            if (!priorities.Add(rule.Priority))
            {
                findings.Add(Error(PlanFindingCodes.DuplicatePriority, rulePath + ".priority",
                    $"Another rule of queue {policy.QueueCode} has priority {rule.Priority}: the order they are tried in would be undefined."));
            }

            CheckConditions(findings, input, policy, queue, rule, rulePath);
            CheckActions(findings, input, policy, queue, rule.Actions, rulePath + ".actions", $"rule {rule.Name}");
        }

        // Rules are tried lowest priority number first; after one without conditions nothing else is ever tried.
        var catchAll = policy.Rules.Where(r => r.Conditions.Count == 0).OrderBy(r => r.Priority).FirstOrDefault();
        if (catchAll is null)
        {
            return;
        }

        for (var r = 0; r < policy.Rules.Count; r++)
        {
            var rule = policy.Rules[r];
            if (rule.Priority > catchAll.Priority)
            {
                findings.Add(Error(PlanFindingCodes.UnreachableRule, $"{path}.rules[{r}].priority",
                    $"Rule {rule.Name} can never fire: rule {catchAll.Name} (priority {catchAll.Priority}) has no conditions and is always tried first."));
            }
        }

        findings.Add(Warning(PlanFindingCodes.DefaultUnreachable, path + ".defaultActions",
            $"The default of queue {policy.QueueCode} is never used: rule {catchAll.Name} has no conditions."));
    }

    private static void CheckConditions(List<PlanFinding> findings, PlanValidationInput input, QueuePolicy policy, CallQueue? queue, PolicyRule rule, string rulePath)
    {
        var configuration = input.Configuration;
        for (var c = 0; c < rule.Conditions.Count; c++)
        {
            var path = $"{rulePath}.conditions[{c}]";
            switch (rule.Conditions[c])
            {
                case TimePeriodCondition time:
                    if (configuration.Schedule(time.ScheduleCode) is null)
                    {
                        findings.Add(Error(PlanFindingCodes.UnknownSchedule, path + ".scheduleCode", $"There is no schedule {time.ScheduleCode} in the configuration."));
                    }
                    else if (queue is { IsEmergency: true } && !time.WhenOpen && time.ScheduleCode == queue.ScheduleCode)
                    {
                        findings.Add(Error(PlanFindingCodes.ClosedTimePeriodOn999, path + ".whenOpen",
                            $"Rule {rule.Name} can never fire: 999 queue {queue.Code} is always open, so its schedule {time.ScheduleCode} is never 'closed' for it."));
                    }

                    break;
                case QueueMetricCondition metric when metric.QueueCode is not null && configuration.Queue(metric.QueueCode) is null:
                    findings.Add(Error(PlanFindingCodes.UnknownQueue, path + ".queueCode", $"There is no queue {metric.QueueCode} in the configuration."));
                    break;
                case CentreStateCondition centre when configuration.Centre(centre.CentreCode) is null:
                    findings.Add(Error(PlanFindingCodes.UnknownCentre, path + ".centreCode", $"There is no centre {centre.CentreCode} in the configuration."));
                    break;
            }
        }

        foreach (var (index, message) in ContradictionFinder.Find(policy.QueueCode, rule.Conditions))
        {
            findings.Add(Error(PlanFindingCodes.ContradictoryConditions, $"{rulePath}.conditions[{index}]", $"Rule {rule.Name}: {message}"));
        }
    }

    private static void CheckActions(List<PlanFinding> findings, PlanValidationInput input, QueuePolicy policy, CallQueue? queue,
        IReadOnlyList<RuleAction> actions, string path, string owner)
    {
        var terminal = actions.Count(a => a.IsTerminal);
        if (terminal != 1)
        {
            findings.Add(Error(PlanFindingCodes.TerminalActions, path,
                terminal == 0
                    ? $"{Capital(owner)} does not say where the call goes: give exactly one action that routes it (notifications go beside it)."
                    : $"{Capital(owner)} has {terminal} actions that route the call: give exactly one."));
        }

        var configuration = input.Configuration;
        for (var a = 0; a < actions.Count; a++)
        {
            var at = $"{path}[{a}]";
            switch (actions[a])
            {
                case RouteToCentreAction route when configuration.Centre(route.CentreCode) is null:
                    findings.Add(Error(PlanFindingCodes.UnknownCentre, at + ".centreCode", $"There is no centre {route.CentreCode} in the configuration."));
                    break;
                case OverflowToQueueAction overflow when configuration.Queue(overflow.QueueCode) is null:
                    findings.Add(Error(PlanFindingCodes.UnknownQueue, at + ".queueCode", $"There is no queue {overflow.QueueCode} in the configuration."));
                    break;
                case OverflowToPartnerAction partner:
                    CheckAgreement(findings, input, policy, partner, at);
                    break;
                case PlayAnnouncementAction when queue is { IsEmergency: true }:
                    findings.Add(Error(PlanFindingCodes.AnnouncementOn999, at,
                        $"999 queue {queue.Code} must never end a call with an announcement: route it to a centre, a queue or a partner force."));
                    break;
            }
        }
    }

    private static void CheckAgreement(List<PlanFinding> findings, PlanValidationInput input, QueuePolicy policy, OverflowToPartnerAction partner, string at)
    {
        var agreement = input.UsableAgreements.FirstOrDefault(a => a.Id == partner.AgreementId);
        if (agreement is null)
        {
            findings.Add(Error(PlanFindingCodes.UnknownAgreement, at + ".agreementId",
                $"There is no accepted, unexpired overflow agreement {partner.AgreementId}."));
        }
        else if (agreement.QueueCode != policy.QueueCode)
        {
            findings.Add(Error(PlanFindingCodes.AgreementForOtherQueue, at + ".agreementId",
                $"Agreement {agreement.Id} covers calls of queue {agreement.QueueCode}, not {policy.QueueCode}."));
        }
        else if (agreement.ExpiresAt - input.Now < AgreementExpiryWarning)
        {
            findings.Add(Warning(PlanFindingCodes.AgreementExpiresSoon, at + ".agreementId",
                $"Agreement {agreement.Id} with {agreement.PartnerTenant} expires on {agreement.ExpiresAt:yyyy-MM-dd}: the rule then falls back to the default."));
        }
    }

    private static void CheckWarningsOfMainPlan(List<PlanFinding> findings, PlanValidationInput input)
    {
        var withPolicy = input.Document.Queues.Select(q => q.QueueCode).ToHashSet(StringComparer.Ordinal);
        foreach (var queue in input.Configuration.Queues.Where(q => !withPolicy.Contains(q.Code)))
        {
            findings.Add(Warning(PlanFindingCodes.QueueWithoutPolicy, "queues",
                $"Queue {queue.Code} has no policy in this plan: its calls go to its serving centres by preference."));
        }
    }

    private static void CheckEmergencyCover(List<PlanFinding> findings, PlanValidationInput input)
    {
        var configuration = input.Configuration;
        foreach (var queue in configuration.Queues.Where(q => q.IsEmergency))
        {
            var index = IndexOf(input.Document.Queues, queue.Code);
            var path = index < 0 ? "queues" : $"queues[{index}].queueCode";
            foreach (var serving in queue.ServingCentres)
            {
                if (input.CentreStates.GetValueOrDefault(serving.CentreCode) is { State: CentreServiceState.Down } status)
                {
                    findings.Add(Warning(PlanFindingCodes.CentreNotNormal, path,
                        $"Centre {serving.CentreCode}, serving 999 queue {queue.Code}, is Down{(status.Reason is null ? "" : $" ({status.Reason})")}."));
                }
            }

            var gaps = EmergencyCover.Gaps(queue, configuration, input.CentreStates, input.Now);
            if (gaps.Count > 0)
            {
                var listed = string.Join("; ", gaps.Take(3).Select(EmergencyCover.Describe)) + (gaps.Count > 3 ? $" and {gaps.Count - 3} more" : "");
                findings.Add(Error(PlanFindingCodes.NoServingCentre, path,
                    $"999 queue {queue.Code} has no serving centre that is staffed and not Down from {listed} (Europe/London)."));
            }
        }
    }

    private static int IndexOf(IReadOnlyList<QueuePolicy> policies, string queueCode)
    {
        for (var i = 0; i < policies.Count; i++)
        {
            if (policies[i].QueueCode == queueCode)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static PlanFinding Error(string code, string path, string message) => new(PlanFindingSeverity.Error, code, path, message);

    private static PlanFinding Warning(string code, string path, string message) => new(PlanFindingSeverity.Warning, code, path, message);
}
