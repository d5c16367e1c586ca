using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>The names the API and the store use for a <see cref="DistributionMethod"/>.</summary>
public static class Distributions
{
    public static readonly IReadOnlyList<(DistributionMethod Method, string Name, string Label)> All =
    [
        (DistributionMethod.LongestIdle, "longest-idle", "Longest idle agent first"),
        (DistributionMethod.RoundRobin, "round-robin", "Round robin"),
        (DistributionMethod.RingAll, "ring-all", "Ring all available agents"),
    ];

    public static string NameOf(DistributionMethod method) => All.First(d => d.Method == method).Name;

    public static DistributionMethod? Parse(string? name)
    {
        foreach (var (method, known, _) in All)
        {
            if (known == name)
            {
                return method;
            }
        }

        return null;
    }

    public static string LabelOf(string name) => All.FirstOrDefault(d => d.Name == name).Label ?? name;
}
