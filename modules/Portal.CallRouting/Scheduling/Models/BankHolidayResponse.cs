namespace Portal.CallRouting.Scheduling.Models;

/// <summary>One bank holiday as the API shows it: <c>date</c> is yyyy-MM-dd; <c>substitute</c> marks a day given in place of a weekend one.</summary>
public sealed record BankHolidayResponse(DateOnly Date, string Name, bool Substitute)
{
    public static BankHolidayResponse From(BankHoliday holiday) => new(holiday.Date, holiday.Name, holiday.IsSubstitute);
}
