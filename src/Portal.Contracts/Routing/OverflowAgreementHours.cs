namespace Portal.Contracts.Routing;

/// <summary>One weekly period in which calls may overflow under an agreement, local time in Europe/London; <c>Closes = 00:00</c> is midnight at the end of the day.</summary>
public sealed record OverflowAgreementHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
