namespace Portal.CallRouting.Agreements;

/// <summary>
/// Tells the partner force that a call was overflowed to it, so that it shows on the partner's dashboard, and records the
/// call against the agreement's maximum concurrent calls until the partner settles it. Called by the decisions for a
/// call with an id that goes to a partner; the record and the event commit together through this force's outbox, once
/// per call id. Refuses (false) an agreement that is not usable now: nothing is recorded or sent then.
/// </summary>
public interface IPartnerOverflowNotifier
{
    Task<bool> NotifyAsync(string agreementId, string callId, DateTimeOffset overflowedAt, CancellationToken cancellationToken);
}
