namespace Portal.CallRouting.Configuration.Models;

public sealed record WeeklyOpeningResponse(string Day, IReadOnlyList<OpeningPeriodResponse> Periods);
