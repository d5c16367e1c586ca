namespace Portal.CallRouting.Scheduling.Models;

/// <summary>The England and Wales bank holidays of one year, in date order.</summary>
public sealed record BankHolidaysResponse(int Year, string Division, IReadOnlyList<BankHolidayResponse> Holidays);
