using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Models;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Recipes;

/// <summary>
/// A <c>publications</c> step with a bad report fails the tenant's setup before anything is written, with a message
/// naming the report and the field; the tenant stays Uninitialized, and the corrected recipe then sets it up with its
/// report published.
/// </summary>
public sealed class PublicationsRecipeStepRefusalTests(PublicationsPortalFactory factory) : IClassFixture<PublicationsPortalFactory>
{
    [Theory]
    [InlineData("noclassification", "reports[0] (T-DR-001): part1[0].classification: Choose the classification of the section.")]
    [InlineData("unknownkind", "reports[0]: part1[0].kind: must be one of ExecutiveSummary,")]
    [InlineData("numberkind", "reports[0]: part1[0].kind: must be one of ExecutiveSummary,")]
    [InlineData("publicpart2", "reports[0] (T-DR-001): part2[0].classification: Part 2 is exempt from publication")]
    [InlineData("noexemption", "reports[0] (T-DR-001): part2[0].exemptionBasis: Enter the exemption")]
    [InlineData("twice", "reports[1] (T-DR-001): reference: the step has another report T-DR-001.")]
    [InlineData("misspelt", "reports[0]: decisionMakr: ")]
    [InlineData("nosteplist", "reports: must be an array of reports.")]
    public async Task A_bad_report_fails_the_setup_naming_the_report_and_field_and_leaves_the_tenant_uninitialized(string variant, string expected)
    {
        var tenant = "pubbad" + variant;
        var step = ValidStep();
        var report = step["reports"]![0]!.AsObject();
        switch (variant)
        {
            case "noclassification":
                report["part1"]![0]!.AsObject().Remove("classification");
                break;
            case "unknownkind":
                report["part1"]![0]!["kind"] = "Teleport";
                break;
            case "numberkind":
                report["part1"]![0]!["kind"] = 4;
                break;
            case "publicpart2":
                report["part2"]![0]!["classification"] = "OFFICIAL-PUBLIC";
                break;
            case "noexemption":
                report["part2"]![0]!.AsObject().Remove("exemptionBasis");
                break;
            case "twice":
                step["reports"]!.AsArray().Add(report.DeepClone());
                break;
            case "misspelt":
                report["decisionMakr"] = report["decisionMaker"]!.DeepClone();
                break;
            default:
                step.Remove("reports");
                break;
        }

        var result = await factory.SetUpTenantAsync(tenant, Recipe(step));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("(publications): " + expected, StringComparison.Ordinal));
        var settings = await factory.TenantAsync(tenant);
        Assert.Equal(TenantState.Uninitialized, settings.State);
        Assert.Contains(expected, settings.SetupError);
    }

    [Fact]
    public async Task A_refused_setup_can_be_repeated_with_the_corrected_recipe_and_publishes_the_report()
    {
        const string tenant = "pubretry";
        var broken = ValidStep();
        broken["reports"]![0]!["part1"]![0]!.AsObject().Remove("classification");
        Assert.False((await factory.SetUpTenantAsync(tenant, Recipe(broken))).Succeeded);

        var retried = await factory.SetUpTenantAsync(tenant, Recipe(ValidStep()));

        Assert.True(retried.Succeeded, string.Join(" ", retried.Errors));
        Assert.Equal(TenantState.Running, (await factory.TenantAsync(tenant)).State);
        var page = await factory.InTenantAsync(tenant, services => services.GetRequiredService<IPublishedReports>().SearchAsync(new PublishedReportQuery()));
        Assert.Equal("T-DR-001", Assert.Single(page.Items).Reference);
    }

    /// <summary>A complete, valid step: one report with a Part 1 section and an exempt Part 2 section.</summary>
    private static JsonObject ValidStep() => JsonNode.Parse("""
        {
          "name": "publications",
          "reports": [
            {
              "reference": "T-DR-001", "title": "A test decision", "summary": "What the test decided.",
              "decisionMaker": "Test Board", "decisionDate": "2026-11-02", "tags": [ "Testing" ],
              "part1": [ { "kind": "ExecutiveSummary", "body": "The decision in brief.", "classification": "OFFICIAL-PUBLIC" } ],
              "part2": [
                { "heading": "Prices", "body": "The prices.", "classification": "OFFICIAL-SENSITIVE", "exemptionBasis": "Section 43, commercial interests",
                  "releaseCondition": "ContractExpiry", "releaseOn": "2030-01-31", "contractName": "Test services contract" }
              ]
            }
          ]
        }
        """)!.AsObject();

    private static string Recipe(JsonObject step) => new JsonObject
    {
        ["name"] = "publications-step-tests",
        ["steps"] = new JsonArray(JsonNode.Parse("""{ "name": "feature", "enable": [ "Portal.Users", "Portal.Publications" ] }"""), step),
    }.ToJsonString();
}
