using System.Text.Json;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Services;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

public sealed class PlanContentHashTests
{
    [Fact]
    public void The_hash_survives_a_round_trip_through_the_store()
    {
        var stored = PlanJson.Serialize(ValidDocument);
        var storedConfiguration = PlanJson.Serialize(Support.Plans.PlanSamples.Configuration);

        var again = PlanContentHash.Of(PlanJson.Document(stored), PlanJson.Configuration(storedConfiguration));

        Assert.Equal(PlanContentHash.Of(ValidDocument, Support.Plans.PlanSamples.Configuration), again);
        Assert.Matches("^[0-9a-f]{64}$", again);
    }

    [Fact]
    public void The_order_properties_were_written_in_does_not_change_the_hash()
    {
        const string ordered = """{"queues":[{"queueCode":"q","rules":[],"defaultActions":[{"kind":"routeToCentre","centreCode":"LAM"}]}],"contingencyPlans":[]}""";
        const string shuffled = """{"contingencyPlans":[],"queues":[{"defaultActions":[{"kind":"routeToCentre","centreCode":"LAM"}],"rules":[],"queueCode":"q"}]}""";

        var a = PlanJson.Document(ordered);
        var b = PlanJson.Document(shuffled);

        Assert.Equal(PlanContentHash.Of(a, Support.Plans.PlanSamples.Configuration), PlanContentHash.Of(b, Support.Plans.PlanSamples.Configuration));
    }

    [Fact]
    public void Any_change_of_rules_or_configuration_changes_the_hash()
    {
        var original = PlanContentHash.Of(ValidDocument, Support.Plans.PlanSamples.Configuration);
        var otherThreshold = WithPolicy("999-A", ValidDocument.Queues[0] with
        {
            Rules = [ValidDocument.Queues[0].Rules[0] with { Conditions = [OldestWaitOver(21)] }],
        });
        var otherCentre = Support.Plans.PlanSamples.Configuration with { Centres = [.. Support.Plans.PlanSamples.Configuration.Centres.Select(c => c with { StaffedPositions = c.StaffedPositions + 1 })] };

        Assert.NotEqual(original, PlanContentHash.Of(otherThreshold, Support.Plans.PlanSamples.Configuration));
        Assert.NotEqual(original, PlanContentHash.Of(ValidDocument, otherCentre));
    }

    [Fact]
    public void The_canonical_form_sorts_properties_has_no_whitespace_and_keeps_array_order()
    {
        var text = CanonicalJson.Text(new RoutingPlanDocument([new QueuePolicy("q", [], [new RouteToCentreAction("B"), new ServingCentresAction()])], []));

        Assert.Equal("""{"contingencyPlans":[],"queues":[{"defaultActions":[{"centreCode":"B","kind":"routeToCentre"},{"kind":"servingCentres"}],"queueCode":"q","rules":[]}]}""", text);
        using var parsed = JsonDocument.Parse(text);
    }

    [Fact]
    public void A_known_document_has_a_known_hash()
    {
        // Pinned: if this changes, every published version's stored hash stops matching its content.
        var document = new RoutingPlanDocument([new QueuePolicy("q", [], [new ServingCentresAction()])], []);

        var hash = PlanContentHash.Of(document, Portal.CallRouting.Domain.RoutingConfiguration.Empty);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            """{"configuration":{"centres":[],"queues":[],"schedules":[]},"document":{"contingencyPlans":[],"queues":[{"defaultActions":[{"kind":"servingCentres"}],"queueCode":"q","rules":[]}]}}""")));
        Assert.Equal(expected, hash);
    }
}
