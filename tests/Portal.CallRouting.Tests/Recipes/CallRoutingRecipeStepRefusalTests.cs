using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Tests.Support.Recipes;

namespace Portal.CallRouting.Tests.Recipes;

/// <summary>
/// A <c>call-routing</c> step with bad input fails the tenant's setup with a message naming the item and the field,
/// and leaves nothing behind: the tenant stays Uninitialized and a corrected setup starts from an empty store.
/// </summary>
public sealed class CallRoutingRecipeStepRefusalTests(DemoRoutingPortalFixture demo) : IClassFixture<DemoRoutingPortalFixture>
{
    [Fact]
    public async Task A_queue_served_by_an_unknown_centre_fails_validation_before_anything_is_written()
    {
        var step = ValidStep();
        step["queues"]![0]!["servingCentres"]![0]!["centreCode"] = "NOWHERE";

        var result = await demo.SetUpTenantAsync("badqueue", Recipe(step));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("(call-routing): queues[0].servingCentres[0].centreCode: there is no centre 'NOWHERE' in this step."));
        Assert.Equal(TenantState.Uninitialized, (await demo.TenantAsync("badqueue"))!.State);
    }

    [Theory]
    [InlineData("misspelt-field", "'centers' is not a field of the call-routing step")]
    [InlineData("bad-plan-shape", "plan: not a routing plan document")]
    [InlineData("bad-agreement-role", "agreements[0].role: must be 'proposer'")]
    public async Task A_step_that_does_not_read_fails_validation(string variant, string expected)
    {
        var step = ValidStep();
        switch (variant)
        {
            case "misspelt-field":
                step["centers"] = new JsonArray();
                break;
            case "bad-plan-shape":
                step["plan"]!["queues"]![0]!["defaultActions"]![0]!["kind"] = "teleport";
                break;
            default:
                step["agreements"] = JsonNode.Parse("""[{ "id": "a-1", "role": "boss", "partner": "city", "queueCode": "T-999", "maxConcurrentCalls": 2, "validForDays": 30 }]""");
                break;
        }

        var result = await demo.SetUpTenantAsync("bad" + variant.Replace("-", ""), Recipe(step));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(expected));
    }

    [Theory]
    [InlineData("unknown-agreement", "the routing plan (not submitted) was refused: plan.")]
    [InlineData("negative-positions", "the centre 'T-ONE' was refused: staffedPositions:")]
    [InlineData("partner-not-a-force", "the agreement 'a-1' was refused: partner:")]
    public async Task An_item_the_module_refuses_fails_the_setup_and_leaves_nothing_behind(string variant, string expected)
    {
        var tenant = "refused" + variant.Replace("-", "");
        var step = ValidStep();
        switch (variant)
        {
            case "unknown-agreement":
                step["plan"]!["queues"]![0]!["defaultActions"] = JsonNode.Parse("""[{ "kind": "overflowToPartner", "agreementId": "no-such-agreement" }]""");
                break;
            case "negative-positions":
                step["centres"]![0]!["staffedPositions"] = -5;
                break;
            default:
                step["agreements"] = JsonNode.Parse("""[{ "id": "a-1", "role": "proposer", "partner": "nosuchforce", "queueCode": "T-999", "maxConcurrentCalls": 2, "validForDays": 30 }]""");
                break;
        }

        var failed = await demo.SetUpTenantAsync(tenant, Recipe(step));

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Errors, e => e.Contains(expected));
        var settings = (await demo.TenantAsync(tenant))!;
        Assert.Equal(TenantState.Uninitialized, settings.State);
        Assert.Contains(expected, settings.SetupError);

        // The same codes again: any centre or queue left from the failed run would make this setup fail as taken.
        var retried = await demo.SetUpTenantAsync(tenant, Recipe(ValidStep()));
        Assert.True(retried.Succeeded, string.Join(" ", retried.Errors));
        var centres = await demo.Factory.InTenantAsync(tenant, services => services.GetRequiredService<CentreRegistry>().ListAsync(CancellationToken.None));
        Assert.Equal(["T-ONE"], centres.Select(c => c.Code));
    }

    /// <summary>A complete, valid step: one centre, one 999 queue, a published plan sending its calls to the centre.</summary>
    private static JsonObject ValidStep() => JsonNode.Parse("""
        {
          "name": "call-routing",
          "centres": [ { "code": "T-ONE", "name": "Test Centre One", "staffedPositions": 4 } ],
          "queues": [
            { "code": "T-999", "name": "Emergency", "service": "999", "priority": 1, "maxLength": 10, "maxWaitSeconds": 30,
              "distribution": "longest-idle", "servingCentres": [ { "centreCode": "T-ONE", "preference": 1 } ] }
          ],
          "plan": {
            "queues": [ { "queueCode": "T-999", "rules": [], "defaultActions": [ { "kind": "servingCentres" } ] } ],
            "contingencyPlans": []
          }
        }
        """)!.AsObject();

    private static string Recipe(JsonObject step) => new JsonObject
    {
        ["name"] = "routing-step-tests",
        ["steps"] = new JsonArray(JsonNode.Parse("""{ "name": "feature", "enable": [ "Portal.CallRouting" ] }"""), step),
    }.ToJsonString();
}
