using System.Security.Cryptography;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// The SHA-256 a published version carries: of the canonical JSON (<see cref="CanonicalJson"/>) of the object
/// <c>{"configuration": &lt;configuration copy&gt;, "document": &lt;plan document&gt;}</c>, as lowercase hex. The version
/// number and the people are not part of it: the same rules on the same configuration hash the same, so a rollback
/// shows at a glance that it publishes exactly what was published before.
/// </summary>
public static class PlanContentHash
{
    public static string Of(RoutingPlanDocument document, RoutingConfiguration configuration) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Utf8(new PlanContent(configuration, document))));

    private sealed record PlanContent(RoutingConfiguration Configuration, RoutingPlanDocument Document);
}
