using Portal.Abstractions.Modules;

namespace Portal.Host.Modules;

/// <summary>
/// The dependency graph of all features: validated once (missing dependency, cycle), then used to close an
/// enable over its dependencies, cascade a disable over its dependents, and order features so that a
/// dependency always comes before what depends on it.
/// </summary>
public sealed class FeatureGraph
{
    private readonly Dictionary<string, FeatureInfo> _features;
    private readonly Dictionary<string, List<string>> _dependents;
    private readonly Dictionary<string, int> _rank;

    public FeatureGraph(IEnumerable<FeatureInfo> features)
    {
        _features = new(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!_features.TryAdd(feature.Id, feature))
            {
                throw new FeatureGraphException($"Feature '{feature.Id}' is declared twice (modules '{_features[feature.Id].ModuleId}' and '{feature.ModuleId}').");
            }
        }

        _dependents = _features.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Dependencies)
            {
                if (!_dependents.TryGetValue(dependency, out var list))
                {
                    throw new FeatureGraphException($"Feature '{feature.Id}' depends on '{dependency}', which no module provides.");
                }

                list.Add(feature.Id);
            }
        }

        _rank = TopologicalRanks();
    }

    public IReadOnlyCollection<FeatureInfo> Features => _features.Values;

    public FeatureInfo? Find(string id) => _features.GetValueOrDefault(id);

    public IReadOnlyList<string> DirectDependents(string id) => _dependents.TryGetValue(id, out var list) ? list : [];

    /// <summary>The features and everything they depend on, transitively.</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> ids) => Walk(ids, id => _features[id].Dependencies);

    /// <summary>The features and everything that depends on them, transitively.</summary>
    public IReadOnlySet<string> WithDependents(IEnumerable<string> ids) => Walk(ids, id => _dependents[id]);

    /// <summary>Dependencies first; ties broken by id so the order is stable.</summary>
    public IReadOnlyList<FeatureInfo> Order(IEnumerable<string> ids) =>
        ids.Distinct().Select(id => _features[id]).OrderBy(f => _rank[f.Id]).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    private HashSet<string> Walk(IEnumerable<string> start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(start);
        while (stack.TryPop(out var id))
        {
            if (!_features.ContainsKey(id))
            {
                throw new KeyNotFoundException($"Unknown feature '{id}'.");
            }

            if (seen.Add(id))
            {
                foreach (var n in next(id))
                {
                    stack.Push(n);
                }
            }
        }

        return seen;
    }

    // Rank = length of the longest dependency chain below a feature; a cycle is reported with its path.
    private Dictionary<string, int> TopologicalRanks()
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        var visiting = new List<string>();

        int Visit(string id)
        {
            if (rank.TryGetValue(id, out var known))
            {
                return known;
            }

            var at = visiting.IndexOf(id);
            if (at >= 0)
            {
                var cycle = string.Join(" -> ", visiting.Skip(at).Append(id));
                throw new FeatureGraphException($"Feature '{id}' depends on itself through a cycle: {cycle}.");
            }

            visiting.Add(id);
            var r = 0;
            foreach (var dependency in _features[id].Dependencies)
            {
                r = Math.Max(r, Visit(dependency) + 1);
            }

            visiting.RemoveAt(visiting.Count - 1);
            rank[id] = r;
            return r;
        }

        foreach (var id in _features.Keys.Order(StringComparer.Ordinal))
        {
            Visit(id);
        }

        return rank;
    }
}
