using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// The one spelling of a value that is hashed: serialised with <see cref="PlanJson.Options"/> (camelCase names, enums
/// by name), then written as UTF-8 with the properties of every object sorted by ordinal (byte) order of their names,
/// arrays in their own order, no whitespace, strings escaped as System.Text.Json's default encoder escapes them and
/// numbers as their shortest round-trip form. Two equal values give the same bytes whatever order their properties
/// were written in, on any machine and culture.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Utf8<T>(T value)
    {
        var node = JsonSerializer.SerializeToNode(value, PlanJson.Options);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, SkipValidation = false }))
        {
            Write(writer, node);
        }

        return buffer.ToArray();
    }

    public static string Text<T>(T value) => System.Text.Encoding.UTF8.GetString(Utf8(value));

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, child) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, child);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
