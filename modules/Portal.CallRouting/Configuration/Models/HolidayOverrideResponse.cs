namespace Portal.CallRouting.Configuration.Models;

public sealed record HolidayOverrideResponse(string Date, IReadOnlyList<OpeningPeriodResponse> Periods, string? Reason);
