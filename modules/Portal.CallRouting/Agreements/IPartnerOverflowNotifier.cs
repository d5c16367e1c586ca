namespace Portal.CallRouting.Agreements;

/// <summary>
/// Tells the partner force that a call was overflowed to it, so that it shows on the partner's dashboard. Called by
/// whatever routes a call to a partner (the decision or live-state code), once per call; the event goes through this
/// force's outbox. Refuses (false) an agreement that is not usable now: no event is sent then.
/// </summary>
public interface IPartnerOverflowNotifier
{
    Task<bool> NotifyAsync(string agreementId, string callId, DateTimeOffset overflowedAt, CancellationToken cancellationToken);
}
