namespace Portal.CallRouting.Scheduling;

/// <summary>
/// A person's decision to hold a schedule open or closed whatever its hours say (severe weather, a major incident),
/// until <see cref="Until"/> or until it is lifted.
/// </summary>
public sealed record ManualOverride(ManualOverrideMode Mode, DateTimeOffset? Until, string Reason, string SetBy, DateTimeOffset SetAt);
