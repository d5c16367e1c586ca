namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>Where a call ends: a centre of the force, a partner force, an announcement (then the call ends), or nowhere.</summary>
public enum DecisionTargetKind : byte
{
    /// <summary>Only for a plan with no centre at all (refused by validation); the API answers it as a failure.</summary>
    None,
    Centre,
    Partner,
    Announcement,
}
