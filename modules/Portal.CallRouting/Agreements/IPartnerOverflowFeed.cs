namespace Portal.CallRouting.Agreements;

/// <summary>
/// The calls partner forces overflowed to this force (what the partner's dashboard shows), counted from the
/// <c>CallOverflowedToPartner</c> events this force admitted under its accepted agreements, and the contingency plans
/// those forces told it about.
/// </summary>
public interface IPartnerOverflowFeed
{
    /// <summary>Per partner force and its queue: the calls overflowed to this force since <paramref name="since"/>, and the latest.</summary>
    Task<IReadOnlyList<PartnerOverflowCount>> CountsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// As of <paramref name="now"/>: per accepted agreement held as the partner (and any other that sent calls within the
    /// last hour), the calls in progress and over the last 15 minutes; and the partners' contingency plans in force.
    /// </summary>
    Task<PartnerActivity> ActivityAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
