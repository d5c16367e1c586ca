using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.CallRouting.Decisions.Models;

/// <summary>
/// Writes a decision's trace from the JSON kept beside each step (<see cref="TraceStepAnswers"/>); a trace made
/// otherwise (read back from JSON, or built by hand) is written by the serializer step by step. Reading is the
/// serializer's, unchanged.
/// </summary>
internal sealed class CachedTraceJsonConverter : JsonConverter<IReadOnlyList<DecisionTraceResponse>>
{
    public override IReadOnlyList<DecisionTraceResponse>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<DecisionTraceResponse>>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<DecisionTraceResponse> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (value is TraceStepAnswers answers)
        {
            for (var i = 0; i < answers.Count; i++)
            {
                writer.WriteRawValue(answers.JsonAt(i, options), skipInputValidation: true);
            }
        }
        else
        {
            foreach (var step in value)
            {
                JsonSerializer.Serialize(writer, step, options);
            }
        }

        writer.WriteEndArray();
    }
}
