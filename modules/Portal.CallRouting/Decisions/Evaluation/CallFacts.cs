using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// What a decision knows about its call, each fact worked out at most once per decision: the call's Europe/London
/// wall-clock time (one time-zone conversion per call rather than one per time condition), whether each schedule of the
/// plan is open then, and the answer of each condition atom (<see cref="ConditionAtom"/>) tested so far. A plan's rules
/// test the same few schedules, centres and prefix lists again and again, so a long policy pays for each of them once.
/// The live state and the call do not change during a decision, so the answers are the ones asking again would give;
/// only the repetition goes. Owned and reused by a <see cref="DecisionRecorder"/> (it allocates only when a plan has more
/// schedules or atoms than it has seen); not thread-safe.
/// </summary>
internal sealed class CallFacts
{
    // One byte per schedule or prefix set: not worked out yet, or the answer.
    private const byte Unknown = 0;
    private const byte True = 1;
    private const byte False = 2;

    /// <summary>A schedule the calendar could not compile (see <see cref="RoutingPlanCompiler.TryCompile"/>).</summary>
    private const byte Unusable = 3;

    private byte[] schedules = new byte[8];
    private byte[] atoms = new byte[64];

    public long UtcTicks { get; private set; }

    /// <summary>The call's time on the Europe/London clock, as <see cref="DateTime"/> ticks.</summary>
    public long LondonTicks { get; private set; }

    /// <summary>The caller's number; null when withheld.</summary>
    public string? CallerId { get; private set; }

    /// <summary>Forgets the previous call's facts and notes this one's time and number.</summary>
    public void Begin(CompiledRoutingPlan plan, in DecisionCall call)
    {
        UtcTicks = call.At.UtcTicks;
        LondonTicks = LondonClock.ToLocalTicks(UtcTicks);
        CallerId = call.CallerId;
        Forget(ref schedules, plan.Schedules.Length);
        Forget(ref atoms, plan.Atoms.Length);
    }

    /// <summary>Whether the plan's schedule <paramref name="index"/> is open at the call's time; null when it is unusable.</summary>
    public bool? IsOpen(CompiledRoutingPlan plan, int index)
    {
        var known = schedules[index];
        if (known == Unknown)
        {
            known = plan.Schedules[index] is { } schedule
                ? schedule.IsOpen(UtcTicks, LondonTicks) ? True : False
                : Unusable;
            schedules[index] = known;
        }

        return known == Unusable ? null : known == True;
    }

    /// <summary>Whether an agreement's own hours (not a plan schedule, so not remembered) are open at the call's time.</summary>
    public bool IsOpen(CompiledSchedule hours) => hours.IsOpen(UtcTicks, LondonTicks);

    /// <summary>Whether the caller's number starts with a prefix of the plan's prefix set <paramref name="index"/>; false when withheld.</summary>
    public bool CallerMatches(CompiledRoutingPlan plan, int index) => CallerId is { } caller && plan.PrefixSets[index].Matches(caller);

    /// <summary>The answer of condition atom <paramref name="atom"/>, when this decision has already worked it out.</summary>
    public bool TryRecall(int atom, out bool holds)
    {
        var known = atoms[atom];
        holds = known == True;
        return known != Unknown;
    }

    /// <summary>Keeps the answer of condition atom <paramref name="atom"/> for the rest of this decision.</summary>
    public void Remember(int atom, bool holds) => atoms[atom] = holds ? True : False;

    private static void Forget(ref byte[] memo, int count)
    {
        if (memo.Length < count)
        {
            memo = new byte[count];
        }
        else
        {
            Array.Clear(memo, 0, count);
        }
    }
}
