using System.Collections.Frozen;
using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// Picks the tenant for a request. Precedence: host and prefix; host alone; prefix alone; wildcard host and
/// prefix; wildcard host alone; then Default. Only the first path segment can be a prefix.
/// Lookups read an immutable snapshot, so they take no lock; changes swap in a new snapshot.
/// </summary>
public sealed class RunningShellTable
{
    private Snapshot _snapshot = Snapshot.Empty;
    private readonly Lock _writeLock = new();

    public IReadOnlyCollection<ShellSettings> All => _snapshot.ByName.Values;

    public void AddOrUpdate(ShellSettings settings)
    {
        lock (_writeLock)
        {
            var next = _snapshot.ByName.Values.Where(s => s.Name != settings.Name).Append(settings);
            _snapshot = new Snapshot(next);
        }
    }

    public void Remove(string name)
    {
        lock (_writeLock)
        {
            _snapshot = new Snapshot(_snapshot.ByName.Values.Where(s => s.Name != name));
        }
    }

    public ShellSettings? Find(string name) => _snapshot.ByName.GetValueOrDefault(name);

    /// <param name="host">The Host header value (with or without port).</param>
    /// <param name="path">The request path, starting with '/'.</param>
    public ShellSettings? Match(string host, string path)
    {
        var s = _snapshot;
        var segment = FirstSegment(path);
        var hostName = StripPort(host);

        if (s.ByHost.Count > 0)
        {
            var byHost = MatchHost(s, host, segment);
            if (byHost is null && hostName.Length != host.Length)
            {
                byHost = MatchHost(s, hostName, segment);
            }

            if (byHost is not null)
            {
                return byHost;
            }
        }

        if (segment.Length > 0 && s.ByPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(segment, out var byPrefix))
        {
            return byPrefix;
        }

        foreach (var (suffix, tenants) in s.Wildcards)
        {
            if (hostName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && hostName.Length > suffix.Length
                && PickByPrefix(tenants, segment) is { } match)
            {
                return match;
            }
        }

        return s.Default;
    }

    // Looked up by span, so a Host header with a port costs no allocation.
    private static ShellSettings? MatchHost(Snapshot s, ReadOnlySpan<char> host, ReadOnlySpan<char> segment) =>
        s.ByHost.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(host, out var tenants) ? PickByPrefix(tenants, segment) : null;

    // Among tenants sharing a host: the one whose prefix is the first segment, else the one without a prefix.
    private static ShellSettings? PickByPrefix(ShellSettings[] tenants, ReadOnlySpan<char> segment)
    {
        foreach (var t in tenants)
        {
            if (segment.Length > 0 && segment.Equals(t.UrlPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        foreach (var t in tenants)
        {
            if (string.IsNullOrEmpty(t.UrlPrefix))
            {
                return t;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> FirstSegment(string path)
    {
        var span = path.AsSpan().TrimStart('/');
        var end = span.IndexOf('/');
        return end < 0 ? span : span[..end];
    }

    private static ReadOnlySpan<char> StripPort(string host)
    {
        // "[::1]:5000" keeps its brackets; "example.org:443" loses ":443".
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(']') < colon ? host.AsSpan(0, colon) : host.AsSpan();
    }

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new([]);

        public Snapshot(IEnumerable<ShellSettings> tenants)
        {
            var list = tenants.ToList();
            ByName = list.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
            Default = list.FirstOrDefault(t => t.IsDefault);

            var exactHosts = list.SelectMany(t => t.Hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).Select(h => (h, t)));
            ByHost = exactHosts.GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Select(x => x.t).ToArray(), StringComparer.OrdinalIgnoreCase);

            ByPrefix = list.Where(t => t.Hosts.Count == 0 && !string.IsNullOrEmpty(t.UrlPrefix))
                .ToDictionary(t => t.UrlPrefix!, StringComparer.OrdinalIgnoreCase);

            // Longest suffix first, so "*.met.police.uk" wins over "*.police.uk".
            Wildcards = list.SelectMany(t => t.Hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => (suffix: h[1..], t)))
                .GroupBy(x => x.suffix, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Key.Length)
                .Select(g => (g.Key, g.Select(x => x.t).ToArray()))
                .ToArray();
        }

        public FrozenDictionary<string, ShellSettings> ByName { get; }
        public ShellSettings? Default { get; }
        public Dictionary<string, ShellSettings[]> ByHost { get; }
        public Dictionary<string, ShellSettings> ByPrefix { get; }
        public (string Suffix, ShellSettings[] Tenants)[] Wildcards { get; }
    }
}
