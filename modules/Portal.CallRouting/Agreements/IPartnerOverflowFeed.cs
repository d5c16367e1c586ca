namespace Portal.CallRouting.Agreements;

/// <summary>
/// The calls partner forces overflowed to this force (what the partner's dashboard shows), counted from the
/// <c>CallOverflowedToPartner</c> events this force admitted under its accepted agreements.
/// </summary>
public interface IPartnerOverflowFeed
{
    /// <summary>Per partner force and its queue: the calls overflowed to this force since <paramref name="since"/>, and the latest.</summary>
    Task<IReadOnlyList<PartnerOverflowCount>> CountsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
