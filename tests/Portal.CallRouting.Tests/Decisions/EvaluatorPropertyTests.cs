using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Tests.Support.Decisions;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>
/// For random valid plans, live states, agreements, activations and calls: every decision ends at a real target, a
/// centre that exists, a partner under an agreement usable at that moment, or an announcement (never for 999).
/// </summary>
public sealed class EvaluatorPropertyTests
{
    [Theory]
    [InlineData(20261127)]
    [InlineData(999)]
    [InlineData(101)]
    public void Every_decision_on_a_valid_plan_ends_at_a_real_target(int seed)
    {
        var generator = new RandomPlanGenerator(seed);
        var decisions = 0;
        for (var p = 0; p < 300; p++)
        {
            var plan = generator.Plan();
            var compiled = RoutingPlanCompiler.Compile(plan);
            for (var d = 0; d < 20; d++)
            {
                var live = generator.Live(plan);
                var agreements = generator.Agreements(plan);
                var call = generator.Call(plan);
                var decision = RoutingEvaluator.Decide(compiled, live, agreements, generator.Activations(plan), call);
                var context = $"seed {seed}, plan {p}, decision {d}: {call}";

                Assert.True(decision is not null, context);
                decisions++;
                switch (decision.TargetKind)
                {
                    case DecisionTargetKind.Centre:
                        Assert.True(plan.Configuration.Centres.Any(c => c.Code == decision.Centre), context);
                        if (decision.Action != DecisionActionKind.LastResort && live.Centres.TryGetValue(decision.Centre!, out var state))
                        {
                            Assert.True(state.ServiceState is not (CentreServiceState.Down or CentreServiceState.Unstaffed), context);
                        }

                        break;
                    case DecisionTargetKind.Partner:
                        var terms = agreements.SingleOrDefault(a => a.Id == decision.AgreementId);
                        Assert.True(terms is not null, context);
                        Assert.Equal(terms.PartnerTenant, decision.PartnerTenant);
                        Assert.True(call.At < terms.ExpiresAt, context);
                        Assert.Equal(terms.QueueCode, decision.Queue);
                        Assert.True(live.CallsOverflowedByAgreement[terms.Id] < terms.MaxConcurrentCalls, context);
                        break;
                    case DecisionTargetKind.Announcement:
                        Assert.False(string.IsNullOrEmpty(decision.Announcement), context);
                        Assert.NotEqual("999", call.Service);
                        break;
                    default:
                        Assert.Fail("No target: " + context);
                        break;
                }

                Assert.NotEmpty(decision.Trace);
                Assert.Equal(plan.Version, decision.PlanVersion);
            }
        }

        Assert.Equal(3 * 300 * 20 / 3, decisions);
    }
}
