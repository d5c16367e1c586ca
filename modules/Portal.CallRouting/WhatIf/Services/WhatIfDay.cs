namespace Portal.CallRouting.WhatIf.Services;

/// <summary>The force's local day (Europe/London) a profile describes.</summary>
public static class WhatIfDay
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Local midnight starting <paramref name="date"/>, as an instant with its UTC offset (GMT or BST).</summary>
    public static DateTimeOffset Start(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, London.GetUtcOffset(midnight));
    }

    /// <summary>The next Monday to Friday after the local date of <paramref name="now"/>: the default day to predict.</summary>
    public static DateOnly NextWorkingDay(DateTimeOffset now)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime).AddDays(1);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
