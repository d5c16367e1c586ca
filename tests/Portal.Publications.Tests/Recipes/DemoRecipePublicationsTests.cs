using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Recipes;

/// <summary>
/// What a newcomer finds after <c>dotnet run</c> (the demo recipe): met and city each have decision reports that went
/// the whole workflow to Published under the recipe's two actors, readable by the public side through
/// <see cref="IPublishedReports"/> and by editors through the authoring API; met's resilience report has a Part 2
/// withheld under section 43 until its contract expires.
/// </summary>
public sealed class DemoRecipePublicationsTests(DemoPublicationsPortalFactory factory) : IClassFixture<DemoPublicationsPortalFactory>
{
    private const string ResilienceReport = "MET-DR-2026-044";

    [Theory]
    [InlineData("met", new[] { "MET-DR-2026-031", "MET-DR-2026-044" })]
    [InlineData("city", new[] { "CITY-DR-2026-012", "CITY-DR-2026-019" })]
    public async Task Each_force_has_published_reports_the_public_side_reads(string tenant, string[] references)
    {
        var page = await factory.InTenantAsync(tenant, services => services.GetRequiredService<IPublishedReports>().SearchAsync(new PublishedReportQuery()));

        Assert.Equal(references, page.Items.Select(r => r.Reference).Order(StringComparer.Ordinal));
        Assert.All(page.Items, r => Assert.Equal((1, false), (r.Version, r.IsWithdrawn)));
        foreach (var reference in references)
        {
            var report = await factory.InTenantAsync(tenant, services => services.GetRequiredService<IPublishedReports>().GetAsync(reference));
            Assert.NotNull(report);
            Assert.NotEmpty(report.Sections);
            Assert.Equal("recipe:demo-" + tenant, report.AuthorName);
            Assert.Equal(ReportWorkflow.FirstChangeNote, Assert.Single(report.Versions).ChangeNote);
        }
    }

    [Fact]
    public async Task The_resilience_report_withholds_its_Part_2_under_section_43_until_the_contract_expires()
    {
        var report = await factory.InTenantAsync("met", services => services.GetRequiredService<IPublishedReports>().GetAsync(ResilienceReport));

        var exemption = Assert.Single(report!.Exemptions);
        Assert.Equal(new PublishedExemption("Section 43, commercial interests", ReleaseConditionKind.ContractExpiry, new DateOnly(2031, 9, 30)), exemption);
        Assert.Contains(report.Sections, s => s.Kind == Part1SectionKind.CommercialAndProcurement);

        // The Part 2 text is stored and published for the sensitive side, under its contract's name.
        var part2 = await factory.InTenantAsync("met", services => services.GetRequiredService<ISensitiveParts>().GetAsync(ResilienceReport));
        var section = Assert.Single(part2!.Sections);
        Assert.Equal("Call handling resilience services contract 2026 to 2031", section.ContractName);
        Assert.Contains("withheld from publication while the contract runs", section.Markdown);
    }

    [Fact]
    public async Task Editors_see_the_reports_published_through_the_workflow_by_two_recipe_actors()
    {
        using var api = await factory.BearerClientAsync("publications.read");

        using var list = await api.GetAsync("/met/api/publications/reports");
        var body = await list.Content.ReadAsStringAsync();
        Assert.True(list.IsSuccessStatusCode, $"list answered {(int)list.StatusCode}: {body}");
        var reports = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal("Published", r.GetProperty("state").GetString()));

        using var one = await api.GetAsync($"/met/api/publications/reports/{ResilienceReport}");
        var report = JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("recipe:demo-met", report.GetProperty("authorName").GetString());
        Assert.Equal("recipe:demo-met:approval", report.GetProperty("approvedByName").GetString());
        Assert.Equal(1, report.GetProperty("publishedVersion").GetInt32());
    }
}
