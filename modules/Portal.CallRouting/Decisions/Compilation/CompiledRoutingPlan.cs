using System.Collections.Concurrent;
using System.Collections.Frozen;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// A published plan version compiled for the evaluator: every code resolved to an array index, rules pre-sorted by
/// priority, schedules pre-compiled (<see cref="ScheduleCalendar.Compile"/>), lookups frozen. Immutable once built, so one instance serves every request for its version on every thread.
/// Built by <see cref="RoutingPlanCompiler"/>.
/// </summary>
public sealed class CompiledRoutingPlan
{
    public required int Version { get; init; }

    public required string Sha256 { get; init; }

    public required CompiledCentre[] Centres { get; init; }

    public required CompiledQueue[] Queues { get; init; }

    /// <summary>The configuration's schedules, compiled; null where a schedule could not be (invalid hours: see the compiler).</summary>
    public required CompiledSchedule?[] Schedules { get; init; }

    /// <summary>The distinct tests the plan's conditions make (<see cref="ConditionAtom"/>), by <see cref="CompiledCondition.AtomIndex"/>.</summary>
    public required ConditionAtom[] Atoms { get; init; }

    /// <summary>
    /// The distinct prefix lists of the plan's callerPrefix conditions: a decision matches the caller against each at
    /// most once, however many rules repeat it.
    /// </summary>
    public required CompiledPrefixSet[] PrefixSets { get; init; }

    /// <summary>Every agreement id the plan's rules name (agreements live outside the plan; they are bound per decision).</summary>
    public required string[] AgreementIds { get; init; }

    public required CompiledContingency[] Contingencies { get; init; }

    /// <summary>The queues answering each service, highest priority (lowest number) first.</summary>
    public required FrozenDictionary<string, int[]> QueuesByService { get; init; }

    public required FrozenDictionary<string, int> QueueIndex { get; init; }

    public required FrozenDictionary<string, int> CentreIndex { get; init; }

    public required FrozenDictionary<string, int> AgreementIndex { get; init; }

    public required FrozenDictionary<string, int> ContingencyIndex { get; init; }

    /// <summary>Upper bound of <see cref="DescribedSteps"/>.</summary>
    internal const int MaxDescribedSteps = 20_000;

    /// <summary>Each trace step already put into words for this plan (<see cref="DecisionTraceWriter"/>); the plan never changes, so neither do they.</summary>
    internal ConcurrentDictionary<TraceStep, DecisionTraceEntry> DescribedSteps { get; } = new();
}
