using Portal.CallRouting.Agreements;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// Everything validation looks at, gathered beforehand so that <see cref="RoutingPlanValidator"/> is a pure function:
/// the document, the configuration it will be bound to, the agreements usable now, the centres' service states and
/// the instant the week of 999 cover is checked from.
/// </summary>
public sealed record PlanValidationInput(
    RoutingPlanDocument Document,
    RoutingConfiguration Configuration,
    IReadOnlyList<OverflowAgreementTerms> UsableAgreements,
    IReadOnlyDictionary<string, CentreStatus> CentreStates,
    DateTimeOffset Now);
