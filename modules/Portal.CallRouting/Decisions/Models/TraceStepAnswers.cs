using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Portal.CallRouting.Decisions.Evaluation;

namespace Portal.CallRouting.Decisions.Models;

/// <summary>
/// A decision's trace as the answer gives it, each step with its JSON kept beside it. Steps are described once per
/// compiled plan and shared by every decision on it (<see cref="DecisionTraceWriter"/>), so each step's answer form and
/// JSON are made once and go with the step: the trace is most of a 14 KB answer, and serialising it property by
/// property was a tenth of the decision API's CPU. <see cref="CachedTraceJsonConverter"/> writes the kept JSON.
/// </summary>
internal sealed class TraceStepAnswers(TraceStepAnswers.Step[] steps) : IReadOnlyList<DecisionTraceResponse>
{
    private static readonly ConditionalWeakTable<DecisionTraceEntry, Step> Kept = new();

    public static TraceStepAnswers Of(IReadOnlyList<DecisionTraceEntry> trace)
    {
        var steps = new Step[trace.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = Kept.GetValue(trace[i], entry => new Step(ToResponse(entry)));
        }

        return new TraceStepAnswers(steps);
    }

    public int Count => steps.Length;

    public DecisionTraceResponse this[int index] => steps[index].Response;

    /// <summary>The JSON of step <paramref name="index"/>, the serializer's own under <paramref name="options"/>.</summary>
    public byte[] JsonAt(int index, JsonSerializerOptions options) => steps[index].JsonOf(options);

    public IEnumerator<DecisionTraceResponse> GetEnumerator() => steps.Select(step => step.Response).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static DecisionTraceResponse ToResponse(DecisionTraceEntry t) => new(CamelCaseName<TraceStepKind>.Of(t.Step), t.Queue, t.Rule,
        t.FailedCondition, t.FailedConditionKind, t.Target, t.Contingency, t.Reason is { } r ? CamelCaseName<TraceReason>.Of(r) : null, t.Detail);

    internal sealed class Step(DecisionTraceResponse response)
    {
        private StepJson? _json;

        public DecisionTraceResponse Response { get; } = response;

        // Made with the options of the call; a call with other options makes (and keeps) its own.
        public byte[] JsonOf(JsonSerializerOptions options)
        {
            var kept = Volatile.Read(ref _json);
            if (kept is null || !ReferenceEquals(kept.Options, options))
            {
                kept = new StepJson(options, JsonSerializer.SerializeToUtf8Bytes(Response, options));
                Volatile.Write(ref _json, kept);
            }

            return kept.Json;
        }
    }

    private sealed record StepJson(JsonSerializerOptions Options, byte[] Json);
}
