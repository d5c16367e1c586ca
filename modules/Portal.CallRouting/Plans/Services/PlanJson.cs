using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// How plan documents and configuration copies are written to and read from the store: the API's conventions
/// (camelCase, enums by name, unknown fields refused), so what a client sent is what is stored.
/// </summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(RoutingPlanDocument document) => JsonSerializer.Serialize(document, Options);

    public static string Serialize(RoutingConfiguration configuration) => JsonSerializer.Serialize(configuration, Options);

    public static RoutingPlanDocument Document(string json) =>
        JsonSerializer.Deserialize<RoutingPlanDocument>(json, Options) ?? throw new JsonException("A stored plan document is null.");

    public static RoutingConfiguration Configuration(string json) =>
        JsonSerializer.Deserialize<RoutingConfiguration>(json, Options) ?? throw new JsonException("A stored configuration copy is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
