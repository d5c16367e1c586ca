namespace Portal.CallRouting.Scheduling;

/// <summary>
/// One England and Wales bank holiday. <see cref="IsSubstitute"/> marks the weekday given in place of a holiday that
/// fell at a weekend (GOV.UK keeps the holiday's own name and notes "Substitute day").
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name, bool IsSubstitute);
