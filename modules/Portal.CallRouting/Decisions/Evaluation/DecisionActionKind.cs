namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>The action that placed the call.</summary>
public enum DecisionActionKind : byte
{
    ServingCentres,
    RouteToCentre,
    OverflowToPartner,
    PlayAnnouncement,
    /// <summary>No action of the policy could place it; see <see cref="TraceStepKind.LastResort"/>.</summary>
    LastResort,
}
