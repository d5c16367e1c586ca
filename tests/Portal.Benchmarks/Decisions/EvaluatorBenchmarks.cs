using BenchmarkDotNet.Attributes;
using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Live;

namespace Portal.Benchmarks.Decisions;

/// <summary>
/// One routing decision on the 50-rule plan (<see cref="FiftyRulePlan"/>), single-threaded: with the live state
/// already bound to the plan's indices (the evaluator alone), and with binding the snapshot first as the API does.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private readonly DecisionRecorder _recorder = new();
    private CompiledRoutingPlan _plan = null!;
    private RoutingLiveState _snapshot = null!;
    private BoundLiveState _live = null!;
    private BoundAgreements _agreements = null!;
    private DecisionCall _call;

    [GlobalSetup]
    public void Setup()
    {
        _plan = RoutingPlanCompiler.Compile(FiftyRulePlan.Build());
        _snapshot = FiftyRulePlan.Live();
        _live = BoundLiveState.Bind(_plan, _snapshot);
        _agreements = BoundAgreements.None(_plan);
        _call = new DecisionCall("999", "+447700900123", FiftyRulePlan.At);

        // A benchmark of the wrong path would be worthless: check it walks all 50 rules and lands on C2.
        Evaluate_BoundState();
        var decision = _recorder.ToDecision(_plan, _call, _agreements);
        if (decision.RuleId != "r50" || decision.Centre != "C2"
            || decision.Trace.Count(t => t.Step == TraceStepKind.ConditionFailed) != FiftyRulePlan.RuleCount - 1)
        {
            throw new InvalidOperationException($"Evaluator benchmark set-up: expected rule r50 to route to C2 after 49 failed rules, got rule {decision.RuleId} to {decision.Centre}.");
        }
    }

    [Benchmark(Description = "Decide, 50 rules, state bound")]
    public int Evaluate_BoundState()
    {
        RoutingEvaluator.Evaluate(_plan, _live, _agreements, BoundContingencies.None, _call, _recorder);
        return _recorder.TargetIndex;
    }

    [Benchmark(Description = "Bind snapshot + decide, 50 rules")]
    public int Bind_And_Evaluate()
    {
        RoutingEvaluator.Evaluate(_plan, BoundLiveState.Bind(_plan, _snapshot), _agreements, BoundContingencies.None, _call, _recorder);
        return _recorder.TargetIndex;
    }
}
