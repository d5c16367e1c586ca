using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Portal.Integration.Tests.Support;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Models;
using Portal.Publications.Search;
using Portal.Publications.Sensitive.Services;

namespace Portal.Integration.Tests.Publications;

/// <summary>
/// Publications on PostgreSQL, set up by the real portal with the demo recipe: the recipe's publications step runs
/// through the workflow in each force's schema, the public side finds the reports through PostgreSQL full-text
/// search, and the Part 2 grants store gives, lists and takes away grants in the tenant's schema only.
/// </summary>
[Collection(PostgresPortalCollection.Name)]
public sealed class PublicationsOnPostgresTests(PostgresPortalFixture portal)
{
    private const string ResilienceReport = "MET-DR-2026-044";

    [Theory]
    [InlineData("met", new[] { "MET-DR-2026-031", "MET-DR-2026-044" })]
    [InlineData("city", new[] { "CITY-DR-2026-012", "CITY-DR-2026-019" })]
    public async Task The_demo_recipe_publishes_each_forces_reports_on_postgres(string tenant, string[] references)
    {
        var page = await portal.Node.InTenantAsync(tenant, s => s.GetRequiredService<IPublishedReports>().SearchAsync(new PublishedReportQuery()));

        Assert.Equal(references, page.Items.Select(r => r.Reference).Order(StringComparer.Ordinal));
        Assert.All(page.Items, r => Assert.Equal((1, false), (r.Version, r.IsWithdrawn)));
        foreach (var reference in references)
        {
            var report = await portal.Node.InTenantAsync(tenant, s => s.GetRequiredService<IPublishedReports>().GetAsync(reference));
            Assert.NotNull(report);
            Assert.NotEmpty(report.Sections);
        }
    }

    [Fact]
    public async Task The_demo_reports_are_found_by_postgres_full_text_search_in_their_own_tenant_only()
    {
        var engine = await portal.Node.InTenantAsync("met", s => Task.FromResult(s.GetRequiredService<IReportTextSearch>().GetType()));
        Assert.Equal(typeof(PostgresFullTextSearch), engine);

        // "upgrades" is in no field: the english stemmer matches the title's "upgrade".
        var found = await SearchAsync("met", "resilience upgrades");
        Assert.Equal([ResilienceReport], found);
        Assert.Empty(await SearchAsync("met", "resilience hovercraft"));
        Assert.Empty(await SearchAsync("city", "resilience upgrades"));

        // Part 2 of the resilience report is stored and published for the sensitive side, never searchable.
        var part2 = await portal.Node.InTenantAsync("met", s => s.GetRequiredService<ISensitiveParts>().GetAsync(ResilienceReport));
        Assert.Contains("withheld from publication while the contract runs", Assert.Single(part2!.Sections).Markdown);
        Assert.Empty(await SearchAsync("met", "withheld from publication while the contract runs"));
    }

    [Fact]
    public async Task Part_2_grants_are_given_listed_and_taken_away_on_postgres_and_another_tenant_sees_none()
    {
        const string reader = "Grant-Reader@Met-Postgres.example";
        var manager = Person("manager@met-postgres.example");

        var given = await Grants("met", g => g.GrantAsync(ResilienceReport, reader, manager, CancellationToken.None));
        var again = await Grants("met", g => g.GrantAsync(ResilienceReport, reader.ToUpperInvariant(), manager, CancellationToken.None));

        Assert.Equal(GrantOutcomeStatus.Granted, given.Status);
        Assert.Equal(GrantOutcomeStatus.AlreadyHeld, again.Status);
        Assert.Equal(given.Grant!.Id, again.Grant!.Id);
        var listed = await Grants("met", g => g.ListAsync(ResilienceReport, CancellationToken.None));
        var grant = Assert.Single(listed!, g => g.Grantee == "grant-reader@met-postgres.example");
        Assert.Equal("manager@met-postgres.example", grant.GrantedBy);
        Assert.True(await Grants("met", g => g.HoldsAsync(ResilienceReport, Person(reader), CancellationToken.None)));

        // city has no such report and no grant at all: its store is its own schema.
        Assert.Null(await Grants("city", g => g.ListAsync(ResilienceReport, CancellationToken.None)));
        Assert.False(await Grants("city", g => g.HoldsAsync(ResilienceReport, Person(reader), CancellationToken.None)));
        foreach (var cityReport in new[] { "CITY-DR-2026-012", "CITY-DR-2026-019" })
        {
            Assert.Empty((await Grants("city", g => g.ListAsync(cityReport, CancellationToken.None)))!);
        }

        var revoked = await Grants("met", g => g.RevokeAsync(ResilienceReport, reader, CancellationToken.None));
        var twice = await Grants("met", g => g.RevokeAsync(ResilienceReport, reader, CancellationToken.None));

        Assert.Equal(GrantOutcomeStatus.Revoked, revoked.Status);
        Assert.Equal(GrantOutcomeStatus.NotFound, twice.Status);
        Assert.DoesNotContain((await Grants("met", g => g.ListAsync(ResilienceReport, CancellationToken.None)))!, g => g.Grantee == "grant-reader@met-postgres.example");
        Assert.False(await Grants("met", g => g.HoldsAsync(ResilienceReport, Person(reader), CancellationToken.None)));
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string tenant, string text)
    {
        var page = await portal.Node.InTenantAsync(tenant, s => s.GetRequiredService<IPublishedReports>().SearchAsync(new PublishedReportQuery(Text: text)));
        return page.Items.Select(i => i.Reference).ToList();
    }

    private Task<T> Grants<T>(string tenant, Func<ReportAccessGrants, Task<T>> work) =>
        portal.Node.InTenantAsync(tenant, s => work(s.GetRequiredService<ReportAccessGrants>()));

    private static ClaimsPrincipal Person(string email) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Email, email)], "test"));
}
