using System.Globalization;
using System.Text.Json;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Decisions.Models;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>
/// A decision's trace is written from JSON kept beside each step: the answer must be what the serializer itself writes
/// for the steps, the first time and from the kept JSON after, under the options of each call, and a trace not made
/// from a decision (read back, or built by hand) must come out the same.
/// </summary>
public sealed class DecisionTraceJsonTests
{
    private static readonly DecisionTraceResponse Fired = new("ruleFired", "Q-999", "R-1", null, null, "centre:north", null, null, "Rule R-1 placed the call.");
    private static readonly DecisionTraceResponse Skipped = new("ruleSkipped", "Q-999", "R-2", 0, "queueLength", "P-1", null, "agreementExpired", "Queue \"long\" <ok>");

    // The steps of a decision are shared by every decision on the same compiled plan, as these are by both calls below.
    private static readonly DecisionTraceEntry[] Steps =
    [
        new(TraceStepKind.RuleFired, "Q-999", "R-1", null, null, "centre:north", null, null, "Rule R-1 placed the call."),
        new(TraceStepKind.RuleSkipped, "Q-999", "R-2", 0, "queueLength", "P-1", null, TraceReason.AgreementExpired, "Queue \"long\" <ok>"),
    ];

    [Fact]
    public void The_trace_is_the_serializers_own_json_for_each_step_the_first_time_and_after()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var first = TraceOf(JsonSerializer.Serialize(Decided(), web));
        var again = TraceOf(JsonSerializer.Serialize(Decided(), web));

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
        _ = JsonSerializer.Serialize(Decided(), web);

        var trace = TraceOf(JsonSerializer.Serialize(Decided(), pascal));

        Assert.Equal(JsonSerializer.Serialize(Fired, pascal), trace[0]);
        Assert.Contains("\"FailedConditionKind\":\"queueLength\"", trace[1]);
    }

    [Fact]
    public void The_answers_trace_lists_the_steps_answer_forms()
    {
        Assert.Equal([Fired, Skipped], Decided().Trace);
        Assert.Equal(Skipped, Decided().Trace[1]);
    }

    [Fact]
    public void A_decision_reads_back_with_its_trace_and_a_trace_built_by_hand_is_written_the_same()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var json = JsonSerializer.Serialize(Decided(), web);

        var read = JsonSerializer.Deserialize<DecisionResponse>(json, web)!;

        Assert.Equal([Fired, Skipped], read.Trace);
        Assert.Equal(json, JsonSerializer.Serialize(read, web));
        Assert.Equal(json, JsonSerializer.Serialize(read with { Trace = [Fired, Skipped] }, web));
    }

    private static DecisionResponse Decided() => DecisionResponse.From(new RoutingDecision(3, "abc", "999",
        DateTimeOffset.Parse("2026-11-27T10:00:00Z", CultureInfo.InvariantCulture), "Q-999", "Q-999", DecisionActionKind.RouteToCentre,
        DecisionTargetKind.Centre, "north", null, null, null, "R-1", "Rule one", null, [], Steps));

    private static string[] TraceOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        var trace = document.RootElement.EnumerateObject().Single(p => p.NameEquals("trace") || p.NameEquals("Trace")).Value;
        return trace.EnumerateArray().Select(e => e.GetRawText()).ToArray();
    }
}
