using System.Collections.Frozen;
using System.Text.Json;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// The camelCase JSON name of an enum value, worked out once per type: a decision names its step, reason, action and
/// target kinds dozens of times, and converting each name again allocated a string every time.
/// </summary>
public static class CamelCaseName<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
        .Distinct()
        .ToFrozenDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
