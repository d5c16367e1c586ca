namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// The prefixes of a callerPrefix condition, kept sorted (ordinal) with every prefix that a shorter one of the set
/// already covers removed ("01" makes "012" redundant). In such a set at most one prefix can start a given number,
/// and it is the greatest prefix not after the number in ordinal order: one binary search and one comparison decide,
/// however many prefixes the set has. Immutable; shared by every decision on the plan.
/// </summary>
public sealed class CompiledPrefixSet
{
    private readonly string[] sorted;

    public CompiledPrefixSet(IEnumerable<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var kept = new List<string>();
        // Sorted ordinally, the numbers a prefix covers follow it directly: comparing with the last prefix kept is enough.
        foreach (var prefix in prefixes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (kept.Count == 0 || !prefix.StartsWith(kept[^1], StringComparison.Ordinal))
            {
                kept.Add(prefix);
            }
        }

        sorted = [.. kept];
    }

    /// <summary>The prefixes that decide (sorted, none covered by another), for tests and diagnostics.</summary>
    public IReadOnlyList<string> Prefixes => sorted;

    /// <summary>Whether <paramref name="number"/> starts with one of the prefixes.</summary>
    public bool Matches(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var found = Array.BinarySearch(sorted, number, StringComparer.Ordinal);
        if (found >= 0)
        {
            return true;
        }

        // Any prefix of the number sorts before it; a later entry before it would itself start with that prefix,
        // which the set excludes. So only the entry just before the insertion point can match.
        var before = ~found - 1;
        return before >= 0 && number.StartsWith(sorted[before], StringComparison.Ordinal);
    }
}
