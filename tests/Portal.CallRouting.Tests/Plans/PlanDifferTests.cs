using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Diff;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

public sealed class PlanDifferTests
{
    [Fact]
    public void The_same_document_has_no_difference()
    {
        Assert.True(PlanDiffer.Compare(1, ValidDocument, 2, ValidDocument).Identical);
    }

    [Fact]
    public void Added_removed_and_changed_queues_rules_and_actions_are_named()
    {
        var after = ValidDocument with
        {
            Queues =
            [
                new QueuePolicy("999-A",
                    [
                        ValidDocument.Queues[0].Rules[0] with { Name = "Busy", Actions = [new OverflowToQueueAction("999-B")] },
                        Rule("a-new", 20, [OldestWaitOver(60)], new RouteToCentreAction("HEN")),
                    ],
                    [new RouteToCentreAction("LAM")]),
                ValidDocument.Queues[1],
                new QueuePolicy("999-C", [], [new ServingCentresAction()]),
            ],
        };

        var diff = PlanDiffer.Compare(1, ValidDocument, 2, after);

        Assert.Equal([("101", DiffChange.Removed), ("999-A", DiffChange.Changed), ("999-C", DiffChange.Added)],
            diff.Queues.Select(q => (q.QueueCode, q.Change)));
        var a = diff.Queues[1];
        Assert.Equal([("a-busy", DiffChange.Changed), ("a-new", DiffChange.Added)], a.Rules.Select(r => (r.RuleId, r.Change)));
        Assert.Equal(["name", "actions"], a.Rules[0].ChangedFields);
        Assert.IsType<NotifyAction>(Assert.Single(a.Rules[0].Actions!.Removed));
        Assert.Empty(a.Rules[0].Actions!.Added);
        Assert.Equal(new RouteToCentreAction("LAM"), Assert.Single(a.DefaultActions!.Added));
        Assert.IsType<ServingCentresAction>(Assert.Single(a.DefaultActions!.Removed));
        Assert.Equal("closed", Assert.Single(diff.Queues[0].Rules).RuleId);
    }

    [Fact]
    public void A_reordering_of_actions_is_told_apart_from_a_change()
    {
        var rule = ValidDocument.Queues[0].Rules[0];
        var after = WithPolicy("999-A", ValidDocument.Queues[0] with { Rules = [rule with { Actions = [.. rule.Actions.Reverse()] }] });

        var change = Assert.Single(Assert.Single(PlanDiffer.Compare(1, ValidDocument, 2, after).Queues).Rules);

        Assert.True(change.Actions!.Reordered);
        Assert.Empty(change.Actions.Added);
    }

    [Fact]
    public void Contingency_plans_are_compared_by_code()
    {
        var after = ValidDocument with
        {
            ContingencyPlans = [ValidDocument.ContingencyPlans[0] with { RevertAfterMinutes = 30 }, new ContingencyPlan("new", "New", "", 10, false, [])],
        };

        var diff = PlanDiffer.Compare(1, ValidDocument, 2, after);

        Assert.Equal([("evacuate-lam", DiffChange.Changed), ("new", DiffChange.Added)], diff.ContingencyPlans.Select(p => (p.Code, p.Change)));
        Assert.Equal(["revertAfterMinutes"], diff.ContingencyPlans[0].ChangedFields);
    }
}
