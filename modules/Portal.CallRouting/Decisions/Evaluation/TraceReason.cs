namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>Why a centre, an agreement or an action was unusable.</summary>
public enum TraceReason : byte
{
    None,
    CentreDown,
    CentreUnstaffed,
    OutsideStaffedHours,
    NoServingCentreAvailable,
    UnknownTarget,
    AgreementNotUsable,
    AgreementExpired,
    AgreementOutsideHours,
    AgreementAtCapacity,
    AgreementForAnotherQueue,
}
