using BenchmarkDotNet.Attributes;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;

namespace Portal.Benchmarks.Resolution;

/// <summary>
/// <see cref="RunningShellTable.Match"/> against 50 tenants, compared with the least any resolver must do: look
/// the first path segment up in a dictionary.
/// </summary>
[MemoryDiagnoser]
public class ShellResolutionBenchmarks
{
    private const string PublicHost = "portal.police.uk";

    private readonly RunningShellTable _table = new();
    private Dictionary<string, ShellSettings>.AlternateLookup<ReadOnlySpan<char>> _byFirstSegment;

    [GlobalSetup]
    public void Setup()
    {
        var tenants = ResolutionTenants.Build();
        foreach (var tenant in tenants)
        {
            _table.AddOrUpdate(tenant);
        }

        _byFirstSegment = tenants.Where(t => !string.IsNullOrEmpty(t.UrlPrefix))
            .ToDictionary(t => t.UrlPrefix!, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        // A benchmark that measures the wrong tenant would be worthless: check each case resolves as intended.
        Expect(Match_Prefix(), "met");
        Expect(Match_UnknownPrefix_FallsToDefault(), ShellSettings.DefaultName);
        Expect(Match_Host(), "kent");
        Expect(Match_WildcardHost(), "cnc");
        Expect(Match_Prefix_HostWithPort(), "met");
        Expect(Dictionary_FirstSegment(), "met");
    }

    [Benchmark(Baseline = true, Description = "Dictionary lookup of first segment")]
    public ShellSettings? Dictionary_FirstSegment()
    {
        var path = "/met/admin/users".AsSpan(1);
        var end = path.IndexOf('/');
        var segment = end < 0 ? path : path[..end];
        return _byFirstSegment.TryGetValue(segment, out var settings) ? settings : null;
    }

    [Benchmark(Description = "Match prefix /met/admin/users")]
    public ShellSettings? Match_Prefix() => _table.Match(PublicHost, "/met/admin/users");

    [Benchmark(Description = "Match unknown prefix -> Default")]
    public ShellSettings? Match_UnknownPrefix_FallsToDefault() => _table.Match(PublicHost, "/nosuch/page");

    [Benchmark(Description = "Match host portal.kent.police.uk")]
    public ShellSettings? Match_Host() => _table.Match("portal.kent.police.uk", "/incidents/today");

    [Benchmark(Description = "Match wildcard *.cnc.police.uk")]
    public ShellSettings? Match_WildcardHost() => _table.Match("www.cnc.police.uk", "/");

    [Benchmark(Description = "Match prefix, Host with port")]
    public ShellSettings? Match_Prefix_HostWithPort() => _table.Match("localhost:5000", "/met/admin/users");

    private static void Expect(ShellSettings? actual, string expected)
    {
        if (actual?.Name != expected)
        {
            throw new InvalidOperationException($"Resolution benchmark set-up: expected tenant '{expected}', got '{actual?.Name ?? "none"}'.");
        }
    }
}
