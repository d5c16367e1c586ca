using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.CallRouting.Decisions.Models;

/// <summary>
/// Writes a decision's trace from JSON kept beside each step. Steps are described once per compiled plan and shared by
/// every decision on it (<see cref="DecisionResponse"/>), so each step's JSON is made once and copied after: the trace
/// is most of a 14 KB answer, and serialising it property by property was a tenth of the decision API's CPU. The
/// JSON is the serializer's own for the step, made with the options of the call; a call with other options makes its own.
/// Reading is the serializer's, unchanged.
/// </summary>
internal sealed class CachedTraceJsonConverter : JsonConverter<IReadOnlyList<DecisionTraceResponse>>
{
    private static readonly ConditionalWeakTable<DecisionTraceResponse, StepJson> Steps = new();

    public override IReadOnlyList<DecisionTraceResponse>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<DecisionTraceResponse>>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<DecisionTraceResponse> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var step in value)
        {
            writer.WriteRawValue(JsonOf(step, options), skipInputValidation: true);
        }

        writer.WriteEndArray();
    }

    private static byte[] JsonOf(DecisionTraceResponse step, JsonSerializerOptions options)
    {
        if (Steps.TryGetValue(step, out var kept) && ReferenceEquals(kept.Options, options))
        {
            return kept.Json;
        }

        var made = new StepJson(options, JsonSerializer.SerializeToUtf8Bytes(step, options));
        Steps.AddOrUpdate(step, made);
        return made.Json;
    }

    private sealed record StepJson(JsonSerializerOptions Options, byte[] Json);
}
