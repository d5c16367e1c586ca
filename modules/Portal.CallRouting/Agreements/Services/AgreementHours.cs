using System.Text.Json;
using Portal.CallRouting.Scheduling;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>
/// The weekly hours of an agreement in its three shapes: as the API and the terms have them (<see cref="WeeklyOpening"/>
/// per day), as the events carry them (one flat period each), and as the store keeps them (that flat list as JSON).
/// </summary>
public static class AgreementHours
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<OverflowAgreementHours> Flatten(IReadOnlyList<WeeklyOpening>? days) =>
        (days ?? []).SelectMany(d => d.Periods.Select(p => new OverflowAgreementHours(d.Day, p.Opens, p.Closes))).ToList();

    /// <summary>Null (at any hour) for an empty list.</summary>
    public static IReadOnlyList<WeeklyOpening>? ByDay(IReadOnlyList<OverflowAgreementHours> periods) =>
        periods.Count == 0
            ? null
            : periods.GroupBy(p => p.Day).OrderBy(g => ((int)g.Key + 6) % 7)
                .Select(g => new WeeklyOpening(g.Key, g.OrderBy(p => p.Opens).Select(p => new OpeningPeriod(p.Opens, p.Closes)).ToList()))
                .ToList();

    public static string ToJson(IReadOnlyList<OverflowAgreementHours> periods) => JsonSerializer.Serialize(periods, Json);

    public static IReadOnlyList<OverflowAgreementHours> FromJson(string json) =>
        JsonSerializer.Deserialize<List<OverflowAgreementHours>>(json, Json) ?? [];
}
