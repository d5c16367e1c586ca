using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Publications.Reports.Services;

/// <summary>The one JSON shape of stored snapshots: enums as names, so a reordered enum never changes what a stored version means.</summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} is empty.");
}
