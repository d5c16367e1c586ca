using Portal.Abstractions.Platform;
using Portal.Host.Data.Postgres;

namespace Portal.Host.Tests.Platform;

/// <summary>A tenant's PostgreSQL role and schema name: derived from its name, and never an unsafe identifier.</summary>
public sealed class TenantSchemaNamesTests
{
    [Theory]
    [InlineData("met", "tenant_met")]
    [InlineData("west-midlands", "tenant_west_midlands")]
    [InlineData("Default", "tenant_default")]
    [InlineData("a1", "tenant_a1")]
    public void A_valid_tenant_name_gives_a_prefixed_lowercase_identifier(string name, string expected)
    {
        Assert.Equal(expected, TenantSchemaNames.For(name));
    }

    [Fact]
    public void The_configured_prefix_is_used()
    {
        Assert.Equal("it42_met", TenantSchemaNames.For("met", "it42_"));
    }

    [Theory]
    [InlineData("met\"; DROP SCHEMA platform CASCADE; --")]
    [InlineData("met'--")]
    [InlineData("mеt")] // Cyrillic "е"
    [InlineData("met\u200b")] // zero-width space
    [InlineData("met\u0130")] // dotted capital I
    [InlineData("me t")]
    [InlineData("")]
    [InlineData("a-tenant-name-that-is-far-too-long-for-a-postgres-identifier-x")]
    public void Anything_else_is_refused_before_it_can_reach_sql(string name)
    {
        Assert.Throws<ArgumentException>(() => TenantSchemaNames.For(name));
    }

    [Theory]
    [InlineData("pg_")]
    [InlineData("Tenant_")]
    [InlineData("x\"y_")]
    public void An_unsafe_prefix_is_refused(string prefix)
    {
        Assert.Throws<ArgumentException>(() => TenantSchemaNames.For("met", prefix));
    }

    [Fact]
    public void Every_name_a_tenant_may_have_gives_a_distinct_safe_identifier()
    {
        // Hyphens become underscores; tenant names have no underscores, so no two tenants share an identifier.
        var names = new[] { "a-b", "ab", "a-b-c", "abc", "x9", "x-9" };
        Assert.All(names, n => Assert.Null(TenantNames.Validate(n)));
        Assert.Equal(names.Length, names.Select(n => TenantSchemaNames.For(n)).Distinct().Count());
    }

    [Fact]
    public void Quoting_doubles_embedded_quotes()
    {
        Assert.Equal("\"a\"\"b\"", TenantSchemaNames.Quote("a\"b"));
    }
}
