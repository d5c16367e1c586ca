using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Agreements;

/// <summary>
/// An accepted overflow agreement as this force may use it: calls of its queue <see cref="QueueCode"/> may go to
/// <see cref="PartnerTenant"/>, at most <see cref="MaxConcurrentCalls"/> at a time, within <see cref="Hours"/>
/// (null: at any hour), until <see cref="ExpiresAt"/>.
/// </summary>
public sealed record OverflowAgreementTerms(
    string Id,
    string PartnerTenant,
    string QueueCode,
    int MaxConcurrentCalls,
    IReadOnlyList<WeeklyOpening>? Hours,
    DateTimeOffset ExpiresAt);
