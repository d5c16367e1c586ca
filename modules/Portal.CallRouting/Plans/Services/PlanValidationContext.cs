using Portal.CallRouting.Agreements;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Validation;

namespace Portal.CallRouting.Plans.Services;

/// <summary>Gathers what <see cref="RoutingPlanValidator"/> needs from the rest of the module, as it stands now.</summary>
public sealed class PlanValidationContext(
    IRoutingDirectory directory,
    ICentreServiceStates centreStates,
    IOverflowAgreements agreements,
    TimeProvider clock)
{
    public async Task<PlanValidationInput> ForAsync(RoutingPlanDocument document, CancellationToken cancellationToken)
    {
        var configuration = await directory.CurrentAsync(cancellationToken);
        var usable = await agreements.UsableAsync(cancellationToken);
        var states = await centreStates.CurrentAsync(cancellationToken);
        return new PlanValidationInput(document, configuration, usable, states, clock.GetUtcNow());
    }

    public async Task<PlanValidationResult> ValidateAsync(RoutingPlanDocument document, CancellationToken cancellationToken) =>
        RoutingPlanValidator.Validate(await ForAsync(document, cancellationToken));
}
