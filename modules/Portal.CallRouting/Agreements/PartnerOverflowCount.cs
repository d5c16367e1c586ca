namespace Portal.CallRouting.Agreements;

/// <summary><see cref="Calls"/> calls of <see cref="PartnerTenant"/>'s queue <see cref="QueueCode"/> overflowed to this force, the latest at <see cref="LatestAt"/>.</summary>
public sealed record PartnerOverflowCount(string PartnerTenant, string QueueCode, int Calls, DateTimeOffset LatestAt);
