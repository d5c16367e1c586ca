using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>How the tests write plan documents: as a client would (camelCase, enums by name).</summary>
public static class PlanSamplesJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
