namespace Portal.CallRouting.Scheduling;

/// <summary>
/// The hours of one date instead of its weekday's (a local holiday, an event day). No periods: closed all day.
/// An override wins over the built-in bank holidays.
/// </summary>
public sealed record HolidayOverride(DateOnly Date, IReadOnlyList<OpeningPeriod> Periods, string? Reason);
