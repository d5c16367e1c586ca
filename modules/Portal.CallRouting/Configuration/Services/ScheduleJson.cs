using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// The JSON columns of a schedule. Fixed options, independent of the API's: what is stored must read back the same
/// whatever the web settings become.
/// </summary>
public static class ScheduleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<WeeklyOpening> ReadWeek(string json) =>
        JsonSerializer.Deserialize<List<WeeklyOpening>>(json, Options) ?? [];

    public static IReadOnlyList<HolidayOverride> ReadOverrides(string json) =>
        JsonSerializer.Deserialize<List<HolidayOverride>>(json, Options) ?? [];

    public static ManualOverride? ReadManual(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<ManualOverride>(json, Options);
}
