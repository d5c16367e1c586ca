using System.Text.Json;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Tests.Unit;

public sealed class RoutingPlanDocumentJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Conditions_and_actions_keep_their_kind_through_json()
    {
        var rule = new PolicyRule("r1", "Busy: overflow", 10,
            [
                new QueueMetricCondition(QueueMetric.OldestWaitSeconds, ComparisonOperator.GreaterThan, 20, null),
                new CentreStateCondition("LAM", [CentreServiceState.Down, CentreServiceState.Unstaffed]),
                new CallerWithheldCondition(false),
            ],
            [new OverflowToQueueAction("999-B"), new NotifyAction("duty-inspector", "999 overflowing")]);
        var document = new RoutingPlanDocument([new QueuePolicy("999-A", [rule], [new ServingCentresAction()])], []);

        var json = JsonSerializer.Serialize(document, Web);
        var back = JsonSerializer.Deserialize<RoutingPlanDocument>(json, Web)!;

        Assert.Contains("\"kind\":\"queueMetric\"", json);
        var again = back.Queues.Single().Rules.Single();
        Assert.IsType<QueueMetricCondition>(again.Conditions[0]);
        Assert.Equal(new[] { CentreServiceState.Down, CentreServiceState.Unstaffed }, ((CentreStateCondition)again.Conditions[1]).States);
        Assert.Equal(new OverflowToQueueAction("999-B"), again.Actions[0]);
        Assert.False(again.Actions[1].IsTerminal);
        Assert.IsType<ServingCentresAction>(back.Queues.Single().DefaultActions.Single());
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        const string json = """{"queues":[{"queueCode":"q","rules":[],"defaultActions":[{"kind":"teleport"}]}],"contingencyPlans":[]}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RoutingPlanDocument>(json, Web));
    }
}
