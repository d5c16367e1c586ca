using System.Collections.Frozen;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// Compiles a published plan for the evaluator. A published plan passed validation, but routing must not fail on a
/// plan that slipped through, so nothing here throws on a dangling reference: a condition naming an unknown schedule,
/// queue or centre never holds, and an action naming an unknown centre or queue is unusable (the evaluator falls back
/// to the queue's default and says why in the trace). A schedule the calendar cannot compile is handled as
/// <see cref="TryCompile"/> says.
/// </summary>
public static class RoutingPlanCompiler
{
    public static CompiledRoutingPlan Compile(PublishedRoutingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var configuration = plan.Configuration;
        var document = plan.Document;

        var scheduleIndex = Index(configuration.Schedules.Select(s => s.Code));
        var schedules = configuration.Schedules.Select(TryCompile).ToArray();
        var centreIndex = Index(configuration.Centres.Select(c => c.Code));
        var queueIndex = Index(configuration.Queues.Select(q => q.Code));
        var agreementIds = AllPolicies(document)
            .SelectMany(p => p.Rules.SelectMany(r => r.Actions).Concat(p.DefaultActions))
            .OfType<OverflowToPartnerAction>()
            .Select(a => a.AgreementId)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var agreementIndex = Index(agreementIds);
        var context = new Context(scheduleIndex, centreIndex, queueIndex, agreementIndex, new PrefixSetTable(), new AtomTable());

        var centres = configuration.Centres.Select(c => new CompiledCentre
        {
            Code = c.Code,
            Name = c.Name,
            StaffedHoursIndex = c.ScheduleCode is { } code && scheduleIndex.TryGetValue(code, out var s) ? s : -1,
        }).ToArray();

        var queues = configuration.Queues.Select((q, i) => CompileQueue(q, i, document, context)).ToArray();

        var contingencies = document.ContingencyPlans.Select(c => new CompiledContingency
        {
            Code = c.Code,
            Name = c.Name,
            RevertAfterMinutes = c.RevertAfterMinutes,
            NotifyPartners = c.NotifyPartners,
            Policies = ContingencyPolicies(c, configuration.Queues.Count, context),
        }).ToArray();

        var byService = configuration.Queues
            .Select((q, i) => (Queue: q, Index: i))
            .GroupBy(x => x.Queue.Service, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(x => x.Queue.Priority).ThenBy(x => x.Queue.Code, StringComparer.Ordinal).Select(x => x.Index).ToArray(),
                StringComparer.Ordinal);

        return new CompiledRoutingPlan
        {
            Version = plan.Version,
            Sha256 = plan.Sha256,
            Centres = centres,
            Queues = queues,
            Schedules = schedules,
            PrefixSets = context.PrefixSets.ToArray(),
            Atoms = context.Atoms.ToArray(),
            AgreementIds = agreementIds,
            Contingencies = contingencies,
            QueuesByService = byService,
            QueueIndex = queueIndex,
            CentreIndex = centreIndex,
            AgreementIndex = agreementIndex,
            ContingencyIndex = Index(contingencies.Select(c => c.Code)),
        };
    }

    private static CompiledQueue CompileQueue(CallQueue queue, int index, RoutingPlanDocument document, Context context)
    {
        var policy = document.Queues.FirstOrDefault(p => p.QueueCode == queue.Code);
        return new CompiledQueue
        {
            Code = queue.Code,
            Service = queue.Service,
            Priority = queue.Priority,
            // 999 is always open, whatever schedule the queue carries.
            OpeningHoursIndex = !queue.IsEmergency && queue.ScheduleCode is { } code && context.Schedules.TryGetValue(code, out var s) ? s : -1,
            ServingCentres = queue.ServingCentres
                .OrderBy(c => c.Preference)
                .Select(c => context.Centres.TryGetValue(c.CentreCode, out var ci) ? ci : -1)
                .Where(ci => ci >= 0)
                .ToArray(),
            Policy = policy is null ? ServingCentresOnly : CompilePolicy(policy, index, context),
        };
    }

    private static CompiledPolicy?[] ContingencyPolicies(ContingencyPlan contingency, int queueCount, Context context)
    {
        var policies = new CompiledPolicy?[queueCount];
        foreach (var policy in contingency.Queues)
        {
            if (context.Queues.TryGetValue(policy.QueueCode, out var q))
            {
                policies[q] = CompilePolicy(policy, q, context);
            }
        }

        return policies;
    }

    private static CompiledPolicy CompilePolicy(QueuePolicy policy, int ownQueue, Context context)
    {
        // OrderBy is stable: rules of equal priority keep the order they were written in.
        var rules = policy.Rules.OrderBy(r => r.Priority).Select(r => new CompiledRule
        {
            Id = r.Id,
            Name = r.Name,
            Priority = r.Priority,
            Conditions = r.Conditions.Select(c => CompileCondition(c, ownQueue, context)).ToArray(),
            Actions = CompileActions(r.Actions, context),
        }).ToArray();
        var starts = new int[rules.Length + 1];
        for (var r = 0; r < rules.Length; r++)
        {
            starts[r + 1] = starts[r] + rules[r].Conditions.Length;
        }

        return new CompiledPolicy
        {
            Rules = rules,
            ConditionAtoms = rules.SelectMany(r => r.Conditions).Select(c => c.AtomIndex).ToArray(),
            RuleStarts = starts,
            Default = CompileActions(policy.DefaultActions, context),
        };
    }

    private static CompiledCondition CompileCondition(RuleCondition condition, int ownQueue, Context context)
    {
        var compiled = ResolveCodes(condition, ownQueue, context);
        compiled.AtomIndex = context.Atoms.IndexOf(compiled.Kind switch
        {
            ConditionKind.TimePeriod => new ConditionAtom(compiled.Kind, compiled.ScheduleIndex, Flag: compiled.Flag),
            ConditionKind.QueueMetric => new ConditionAtom(compiled.Kind, compiled.FigureIndex, Operator: compiled.Operator, Threshold: compiled.Threshold),
            ConditionKind.CentreState => new ConditionAtom(compiled.Kind, compiled.CentreIndex, StateMask: compiled.StateMask),
            ConditionKind.CallerPrefix => new ConditionAtom(compiled.Kind, compiled.PrefixSetIndex),
            _ => new ConditionAtom(compiled.Kind, 0, Flag: compiled.Flag),
        });
        return compiled;
    }

    private static CompiledCondition ResolveCodes(RuleCondition condition, int ownQueue, Context context) => condition switch
    {
        TimePeriodCondition c => new CompiledCondition
        {
            Kind = ConditionKind.TimePeriod, Source = c, ScheduleIndex = Find(context.Schedules, c.ScheduleCode), Flag = c.WhenOpen,
        },
        QueueMetricCondition c => CompileMetric(c, c.QueueCode is null ? ownQueue : Find(context.Queues, c.QueueCode)),
        CentreStateCondition c => new CompiledCondition
        {
            Kind = ConditionKind.CentreState, Source = c, CentreIndex = Find(context.Centres, c.CentreCode),
            StateMask = c.States.Aggregate(0, (mask, state) => mask | (1 << (int)state)),
        },
        CallerPrefixCondition c => new CompiledCondition
        {
            Kind = ConditionKind.CallerPrefix, Source = c, Prefixes = c.Prefixes.ToArray(), PrefixSetIndex = context.PrefixSets.IndexOf(c.Prefixes),
        },
        CallerWithheldCondition c => new CompiledCondition { Kind = ConditionKind.CallerWithheld, Source = c, Flag = c.Withheld },
        _ => throw new NotSupportedException($"No compiled form for the condition {condition.GetType().Name}."),
    };

    /// <param name="queue">The queue whose figure is compared (already the rule's own when the condition named none); -1 if unknown.</param>
    private static CompiledCondition CompileMetric(QueueMetricCondition condition, int queue) => new()
    {
        Kind = ConditionKind.QueueMetric, Source = condition, QueueIndex = queue,
        // A metric this build does not know (a plan that slipped past validation) reads available agents, as it always has.
        FigureIndex = queue < 0 ? -1
            : BoundLiveState.FigureIndex(queue, Enum.IsDefined(condition.Metric) ? condition.Metric : QueueMetric.AvailableAgents),
        Metric = condition.Metric, Operator = condition.Operator, Threshold = condition.Threshold,
    };

    private static CompiledActions CompileActions(IReadOnlyList<RuleAction> actions, Context context)
    {
        var notifications = actions.OfType<NotifyAction>().ToArray();
        // Validation allows exactly one terminal action; without one the queue's serving centres take the call.
        return actions.FirstOrDefault(a => a.IsTerminal) switch
        {
            RouteToCentreAction a => new CompiledActions
            {
                Terminal = TerminalKind.RouteToCentre, TargetIndex = Find(context.Centres, a.CentreCode), Notifications = notifications,
            },
            OverflowToQueueAction a => new CompiledActions
            {
                Terminal = TerminalKind.OverflowToQueue, TargetIndex = Find(context.Queues, a.QueueCode), Notifications = notifications,
            },
            OverflowToPartnerAction a => new CompiledActions
            {
                Terminal = TerminalKind.OverflowToPartner, TargetIndex = Find(context.Agreements, a.AgreementId), Notifications = notifications,
            },
            PlayAnnouncementAction a => new CompiledActions
            {
                Terminal = TerminalKind.PlayAnnouncement, Announcement = a.Announcement, Notifications = notifications,
            },
            _ => new CompiledActions { Terminal = TerminalKind.ServingCentres, Notifications = notifications },
        };
    }

    private static CompiledPolicy ServingCentresOnly { get; } = new()
    {
        Rules = [],
        ConditionAtoms = [],
        RuleStarts = [0],
        Default = new CompiledActions { Terminal = TerminalKind.ServingCentres },
    };

    /// <summary>
    /// A schedule the calendar refuses (validation refuses it first) compiles to null: a condition on it never holds,
    /// a queue with it as opening hours counts as open and a centre as staffed, so no call is lost over a bad schedule.
    /// </summary>
    internal static CompiledSchedule? TryCompile(ScheduleDefinition schedule)
    {
        try
        {
            return ScheduleCalendar.Compile(schedule);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<QueuePolicy> AllPolicies(RoutingPlanDocument document) =>
        document.Queues.Concat(document.ContingencyPlans.SelectMany(c => c.Queues));

    private static int Find(FrozenDictionary<string, int> index, string code) => index.TryGetValue(code, out var i) ? i : -1;

    private static FrozenDictionary<string, int> Index(IEnumerable<string> codes)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var code in codes)
        {
            // A duplicate code (refused by validation) keeps its first occurrence; indices stay array positions.
            index.TryAdd(code, position++);
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Context(
        FrozenDictionary<string, int> Schedules,
        FrozenDictionary<string, int> Centres,
        FrozenDictionary<string, int> Queues,
        FrozenDictionary<string, int> Agreements,
        PrefixSetTable PrefixSets,
        AtomTable Atoms);

    /// <summary>The plan's distinct condition atoms, in order of first use.</summary>
    private sealed class AtomTable
    {
        private readonly List<ConditionAtom> atoms = [];
        private readonly Dictionary<ConditionAtom, int> byValue = [];

        public int IndexOf(ConditionAtom atom)
        {
            if (!byValue.TryGetValue(atom, out var index))
            {
                index = atoms.Count;
                atoms.Add(atom);
                byValue.Add(atom, index);
            }

            return index;
        }

        public ConditionAtom[] ToArray() => [.. atoms];
    }

    /// <summary>The plan's distinct prefix lists, in order of first use; equal lists (in any order) get one entry.</summary>
    private sealed class PrefixSetTable
    {
        private readonly List<CompiledPrefixSet> sets = [];
        private readonly Dictionary<string, int> byKey = new(StringComparer.Ordinal);

        public int IndexOf(IEnumerable<string> prefixes)
        {
            var set = new CompiledPrefixSet(prefixes);
            // Length-prefixed, so no prefix's characters can make two different lists look alike.
            var key = string.Concat(set.Prefixes.Select(p => $"{p.Length}:{p}"));
            if (!byKey.TryGetValue(key, out var index))
            {
                index = sets.Count;
                sets.Add(set);
                byKey.Add(key, index);
            }

            return index;
        }

        public CompiledPrefixSet[] ToArray() => [.. sets];
    }
}
