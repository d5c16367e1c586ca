using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>Reads a profile pasted or uploaded on the page: JSON (as the API takes it) when it starts with "{", else CSV.</summary>
public static class ArrivalProfileText
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static (ArrivalProfile? Profile, IReadOnlyList<string> Errors) Read(string text, string name)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return ArrivalProfileCsv.Read(text, name);
        }

        try
        {
            var profile = JsonSerializer.Deserialize<ArrivalProfile>(text, Json);
            return profile is null ? (null, ["The JSON is not a profile object."]) : (profile with { Name = profile.Name ?? name }, []);
        }
        catch (JsonException ex)
        {
            return (null, [$"The JSON could not be read at {ex.Path ?? "its start"}: check that field's name and type."]);
        }
    }

    /// <summary>"slots[13].queues[0].calls" → "06:30, queue 999, calls" for people who pasted a spreadsheet.</summary>
    public static string Describe(string path, ArrivalProfile profile)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^slots\[(\d+)\](?:\.(queues|centres)\[(\d+)\](?:\.(\w+))?)?");
        if (!match.Success)
        {
            return path;
        }

        var slot = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var description = slot < ArrivalProfile.SlotsPerDay ? ArrivalProfile.SlotStart(slot) : path;
        if (!match.Groups[2].Success)
        {
            return description;
        }

        var index = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        var code = match.Groups[2].Value == "queues"
            ? profile.Slots?.ElementAtOrDefault(slot)?.Queues?.ElementAtOrDefault(index)?.Queue
            : profile.Slots?.ElementAtOrDefault(slot)?.Centres?.ElementAtOrDefault(index)?.Centre;
        var kind = match.Groups[2].Value == "queues" ? "queue" : "centre";
        return $"{description}, {kind} {code ?? $"#{index + 1}"}{(match.Groups[4].Success ? $", {match.Groups[4].Value}" : "")}";
    }
}
