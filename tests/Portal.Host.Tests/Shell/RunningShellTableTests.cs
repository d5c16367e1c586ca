using Portal.Abstractions.Shell;
using Portal.Host.Shell;

namespace Portal.Host.Tests.Shell;

/// <summary>
/// Tenant resolution: host and prefix, then host, then prefix, then wildcard host (with prefix before without),
/// then Default. Only the first path segment is a prefix.
/// </summary>
public sealed class RunningShellTableTests
{
    private static readonly ShellSettings Default = new() { Name = ShellSettings.DefaultName };

    private static RunningShellTable Table(params ShellSettings[] tenants)
    {
        var table = new RunningShellTable();
        foreach (var tenant in tenants)
        {
            table.AddOrUpdate(tenant);
        }

        return table;
    }

    private static ShellSettings Tenant(string name, string? prefix = null, params string[] hosts) =>
        new() { Name = name, UrlPrefix = prefix, Hosts = hosts, State = TenantState.Running };

    [Fact]
    public void Host_and_prefix_beats_the_same_host_without_prefix()
    {
        var table = Table(Default, Tenant("hostonly", null, "portal.example.org"), Tenant("hostprefix", "met", "portal.example.org"));

        Assert.Equal("hostprefix", table.Match("portal.example.org", "/met/calls")?.Name);
        Assert.Equal("hostonly", table.Match("portal.example.org", "/city/calls")?.Name);
    }

    [Fact]
    public void Host_alone_beats_a_prefix_alone()
    {
        var table = Table(Default, Tenant("byhost", null, "met.example.org"), Tenant("city", "city"));

        Assert.Equal("byhost", table.Match("met.example.org", "/city/calls")?.Name);
        Assert.Equal("city", table.Match("other.example.org", "/city/calls")?.Name);
    }

    [Fact]
    public void Prefix_alone_beats_a_wildcard_host()
    {
        var table = Table(Default, Tenant("wild", null, "*.example.org"), Tenant("met", "met"));

        Assert.Equal("met", table.Match("any.example.org", "/met/x")?.Name);
        Assert.Equal("wild", table.Match("any.example.org", "/city/x")?.Name);
    }

    [Fact]
    public void Wildcard_host_with_prefix_beats_the_same_wildcard_without_prefix()
    {
        var table = Table(Default, Tenant("wildplain", null, "*.example.org"), Tenant("wildmet", "met", "*.example.org"));

        Assert.Equal("wildmet", table.Match("a.example.org", "/met/b")?.Name);
        Assert.Equal("wildplain", table.Match("a.example.org", "/c")?.Name);
    }

    [Fact]
    public void Wildcard_host_beats_Default_and_Default_takes_the_rest()
    {
        var table = Table(Default, Tenant("wild", null, "*.example.org"));

        Assert.Equal("wild", table.Match("a.example.org", "/")?.Name);
        Assert.Equal(ShellSettings.DefaultName, table.Match("example.com", "/")?.Name);
        Assert.Equal(ShellSettings.DefaultName, table.Match("localhost", "/nosuch/page")?.Name);
    }

    [Theory]
    [InlineData("/met/city/x", "met")]
    [InlineData("/met/city", "met")]
    [InlineData("/x/met", ShellSettings.DefaultName)]
    [InlineData("/x/city/met", ShellSettings.DefaultName)]
    [InlineData("/city/met", "city")]
    public void Only_the_first_path_segment_is_a_prefix(string path, string expected)
    {
        var table = Table(Default, Tenant("met", "met"), Tenant("city", "city"));

        Assert.Equal(expected, table.Match("localhost", path)?.Name);
    }

    [Theory]
    [InlineData("/met")]
    [InlineData("/met/")]
    [InlineData("/met/admin/users")]
    [InlineData("/MET/admin")]
    [InlineData("/Met")]
    public void The_prefix_matches_as_a_whole_segment_in_any_case(string path)
    {
        var table = Table(Default, Tenant("met", "met"));

        Assert.Equal("met", table.Match("localhost", path)?.Name);
    }

    [Theory]
    [InlineData("/metropolis")]
    [InlineData("/metropolis/met")]
    [InlineData("/me")]
    [InlineData("/")]
    [InlineData("")]
    public void A_segment_that_merely_starts_or_ends_like_a_prefix_does_not_match(string path)
    {
        var table = Table(Default, Tenant("met", "met"));

        Assert.Equal(ShellSettings.DefaultName, table.Match("localhost", path)?.Name);
    }

    [Theory]
    [InlineData("MET.EXAMPLE.ORG")]
    [InlineData("Met.Example.Org")]
    [InlineData("met.example.org:8443")]
    [InlineData("MET.example.org:443")]
    public void Host_matches_in_any_case_and_with_a_port(string host)
    {
        var table = Table(Default, Tenant("met", null, "met.example.org"));

        Assert.Equal("met", table.Match(host, "/")?.Name);
    }

    [Fact]
    public void A_host_listed_with_its_port_matches_that_port_only()
    {
        var table = Table(Default, Tenant("exact", null, "met.example.org:8443"));

        Assert.Equal("exact", table.Match("met.example.org:8443", "/")?.Name);
        Assert.Equal(ShellSettings.DefaultName, table.Match("met.example.org:9000", "/")?.Name);
    }

    [Theory]
    [InlineData("[::1]:5000")]
    [InlineData("[::1]")]
    public void An_IPv6_host_keeps_its_brackets_when_the_port_is_stripped(string host)
    {
        var table = Table(Default, Tenant("loopback6", null, "[::1]"));

        Assert.Equal("loopback6", table.Match(host, "/")?.Name);
    }

    [Fact]
    public void An_IPv6_host_does_not_match_another_address()
    {
        var table = Table(Default, Tenant("loopback6", null, "[::1]"));

        Assert.Equal(ShellSettings.DefaultName, table.Match("[::2]:5000", "/")?.Name);
    }

    [Fact]
    public void The_longest_wildcard_wins()
    {
        var table = Table(Default, Tenant("police", null, "*.police.uk"), Tenant("metwild", null, "*.met.police.uk"));

        Assert.Equal("metwild", table.Match("portal.met.police.uk", "/")?.Name);
        Assert.Equal("police", table.Match("portal.city.police.uk", "/")?.Name);
        // Added in the other order, the more specific one must still win.
        var reversed = Table(Default, Tenant("metwild", null, "*.met.police.uk"), Tenant("police", null, "*.police.uk"));
        Assert.Equal("metwild", reversed.Match("portal.met.police.uk:443", "/")?.Name);
    }

    [Theory]
    [InlineData("police.uk")]
    [InlineData("notpolice.uk")]
    [InlineData("police.uk.example.org")]
    public void A_wildcard_does_not_match_the_bare_domain_or_lookalikes(string host)
    {
        var table = Table(Default, Tenant("police", null, "*.police.uk"));

        Assert.Equal(ShellSettings.DefaultName, table.Match(host, "/")?.Name);
    }

    [Fact]
    public void A_wildcard_matches_in_any_case_with_a_port()
    {
        var table = Table(Default, Tenant("police", null, "*.police.uk"));

        Assert.Equal("police", table.Match("Portal.POLICE.uk:8443", "/")?.Name);
    }

    [Fact]
    public void A_tenant_with_a_host_and_a_prefix_is_not_chosen_by_its_prefix_on_another_host()
    {
        var table = Table(Default, Tenant("met", "met", "met.example.org"));

        Assert.Equal("met", table.Match("met.example.org", "/met/x")?.Name);
        Assert.Equal(ShellSettings.DefaultName, table.Match("other.example.org", "/met/x")?.Name);
    }

    [Fact]
    public void A_removed_tenant_no_longer_matches()
    {
        var table = Table(Default, Tenant("met", "met"), Tenant("wild", null, "*.example.org"), Tenant("byhost", null, "met.example.org"));

        table.Remove("met");
        table.Remove("wild");
        table.Remove("byhost");

        Assert.Equal(ShellSettings.DefaultName, table.Match("localhost", "/met/x")?.Name);
        Assert.Equal(ShellSettings.DefaultName, table.Match("a.example.org", "/")?.Name);
        Assert.Equal(ShellSettings.DefaultName, table.Match("met.example.org", "/")?.Name);
        Assert.Null(table.Find("met"));
        Assert.Single(table.All);
    }

    [Fact]
    public void A_tenant_updated_with_a_new_prefix_matches_only_the_new_one()
    {
        var table = Table(Default, Tenant("met", "met"));

        table.AddOrUpdate(Tenant("met", "metpolice"));

        Assert.Equal(ShellSettings.DefaultName, table.Match("localhost", "/met/x")?.Name);
        Assert.Equal("met", table.Match("localhost", "/metpolice/x")?.Name);
        Assert.Equal("metpolice", table.Find("met")?.UrlPrefix);
        Assert.Equal(2, table.All.Count);
    }

    [Fact]
    public void A_tenant_updated_from_prefix_to_host_moves_to_the_host()
    {
        var table = Table(Default, Tenant("met", "met"));

        table.AddOrUpdate(Tenant("met", null, "met.example.org"));

        Assert.Equal(ShellSettings.DefaultName, table.Match("localhost", "/met")?.Name);
        Assert.Equal("met", table.Match("met.example.org", "/")?.Name);
    }

    [Fact]
    public void Without_Default_no_match_is_null()
    {
        var table = Table(Tenant("met", "met"), Tenant("byhost", null, "met.example.org"));

        Assert.Null(table.Match("localhost", "/"));
        Assert.Null(table.Match("localhost", "/metropolis"));
        Assert.Null(table.Match("other.example.org", "/city"));
        Assert.Equal("met", table.Match("localhost", "/met")?.Name);
    }

    [Fact]
    public void An_empty_table_matches_nothing()
    {
        Assert.Null(new RunningShellTable().Match("localhost", "/met"));
    }
}
