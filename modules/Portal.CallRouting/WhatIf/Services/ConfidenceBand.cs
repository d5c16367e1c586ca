using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>Means of replications with a 95 % Student's t confidence band.</summary>
public static class ConfidenceBand
{
    // t(0.975, df) for df = 1..30; beyond, the value at the bracket's lower end (slightly wide, never narrow).
    private static readonly double[] TQuantiles =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>Student's t quantile for a two-sided 95 % band with <paramref name="degreesOfFreedom"/>.</summary>
    public static double T95(int degreesOfFreedom) => degreesOfFreedom switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom)),
        <= 30 => TQuantiles[degreesOfFreedom - 1],
        <= 40 => 2.042,
        <= 60 => 2.021,
        <= 120 => 2.000,
        _ => 1.980,
    };

    /// <summary>
    /// The mean of <paramref name="samples"/> with its band, clamped to [<paramref name="min"/>, <paramref name="max"/>];
    /// null when there is no sample. One sample has a band of zero width (nothing to tell its spread from).
    /// </summary>
    public static Estimate? Of(IReadOnlyList<double> samples, double min = 0, double max = double.PositiveInfinity)
    {
        if (samples.Count == 0)
        {
            return null;
        }

        var mean = samples.Average();
        var halfWidth = 0.0;
        if (samples.Count > 1)
        {
            var variance = samples.Sum(s => (s - mean) * (s - mean)) / (samples.Count - 1);
            halfWidth = T95(samples.Count - 1) * Math.Sqrt(variance / samples.Count);
        }

        return new Estimate(mean, Math.Clamp(mean - halfWidth, min, max), Math.Clamp(mean + halfWidth, min, max), samples.Count);
    }

    /// <summary>As <see cref="Of"/>, for counts (never null: every replication has a count).</summary>
    public static Estimate OfCounts(IReadOnlyList<double> samples) => Of(samples) ?? new Estimate(0, 0, 0, 0);
}
