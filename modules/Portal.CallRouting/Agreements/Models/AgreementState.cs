namespace Portal.CallRouting.Agreements.Models;

/// <summary>
/// Where an agreement stands. <see cref="Expired"/> is never stored: a Proposed or Accepted agreement whose expiry has
/// passed reads as Expired on both sides (they share the expiry), so no event is needed for it.
/// </summary>
public enum AgreementState
{
    Proposed,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
