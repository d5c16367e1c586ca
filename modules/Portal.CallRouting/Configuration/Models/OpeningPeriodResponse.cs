namespace Portal.CallRouting.Configuration.Models;

public sealed record OpeningPeriodResponse(string Opens, string Closes);
