using System.Text.Json;
using Portal.CallRouting.Decisions.Models;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>
/// A decision's trace is written from JSON kept beside each step: the answer must be what the serializer itself writes
/// for the steps, the first time and from the kept JSON after, under the options of each call.
/// </summary>
public sealed class DecisionTraceJsonTests
{
    private static readonly DecisionTraceResponse Fired = new("ruleFired", "Q-999", "R-1", null, null, "centre:north", null, null, "Rule R-1 placed the call.");
    private static readonly DecisionTraceResponse Skipped = new("ruleSkipped", "Q-999", "R-2", 0, "queueLength", null, null, "conditionFailed", "Queue \"long\" <ok>");

    [Fact]
    public void The_trace_is_the_serializers_own_json_for_each_step_the_first_time_and_after()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var first = TraceOf(JsonSerializer.Serialize(Response(), web));
        var again = TraceOf(JsonSerializer.Serialize(Response(), web));

        var expected = new[] { Fired, Skipped }.Select(s => JsonSerializer.Serialize(s, web)).ToArray();
        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
        Assert.Contains("\"failedConditionKind\":\"queueLength\"", again[1]);
    }

    [Fact]
    public void Other_options_get_their_own_json_not_the_kept_one()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var pascal = new JsonSerializerOptions();
        _ = JsonSerializer.Serialize(Response(), web);

        var trace = TraceOf(JsonSerializer.Serialize(Response(), pascal));

        Assert.Equal(JsonSerializer.Serialize(Fired, pascal), trace[0]);
        Assert.Contains("\"FailedConditionKind\":\"queueLength\"", trace[1]);
    }

    [Fact]
    public void A_decision_reads_back_with_its_trace()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var read = JsonSerializer.Deserialize<DecisionResponse>(JsonSerializer.Serialize(Response(), web), web)!;

        Assert.Equal([Fired, Skipped], read.Trace);
    }

    private static DecisionResponse Response() => new(3, "abc", "999", DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        "Q-999", "Q-999", "route", new DecisionTargetResponse("centre", "north", null, null, null), new DecisionRuleResponse("R-1", "Rule one"), null,
        [], [Fired, Skipped]);

    private static string[] TraceOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        var trace = document.RootElement.EnumerateObject().Single(p => p.NameEquals("trace") || p.NameEquals("Trace")).Value;
        return trace.EnumerateArray().Select(e => e.GetRawText()).ToArray();
    }
}
