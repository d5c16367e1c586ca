using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans;

/// <summary>
/// A published plan version: its rules bound to the copy of the configuration taken when it was published. It never
/// changes; <see cref="Sha256"/> is the hash of its canonical content (hex, lowercase).
/// </summary>
public sealed record PublishedRoutingPlan(
    int Version,
    RoutingPlanDocument Document,
    RoutingConfiguration Configuration,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string Sha256);
