namespace Portal.CallRouting.Scheduling;

/// <summary>
/// Open from <see cref="Opens"/> to <see cref="Closes"/>, local time in Europe/London. <c>Closes = 00:00</c> means
/// midnight at the end of the day; a period never runs past midnight (write two periods for a night shift).
/// </summary>
public sealed record OpeningPeriod(TimeOnly Opens, TimeOnly Closes);
