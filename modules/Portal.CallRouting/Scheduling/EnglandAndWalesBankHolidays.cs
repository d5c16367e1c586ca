using System.Collections.ObjectModel;

namespace Portal.CallRouting.Scheduling;

/// <summary>
/// England and Wales bank holidays, computed from the rules rather than downloaded, so routing never depends on a
/// feed being reachable. Source of the rules and of every one-off change below: GOV.UK "UK bank holidays"
/// (https://www.gov.uk/bank-holidays, data at https://www.gov.uk/bank-holidays.json) and the royal proclamations
/// under the Banking and Financial Dealings Act 1971 that it reflects. Years from 1978 (the first early May bank
/// holiday); a future one-off (a jubilee, a state occasion) needs a line in <see cref="OneOffChanges"/>.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year with today's set of holidays (the early May bank holiday began in 1978).</summary>
    public const int FirstYear = 1978;

    /// <summary>The last year <see cref="DateOnly"/> can hold.</summary>
    public const int LastYear = 9999;

    private const string NewYearsDay = "New Year’s Day";
    private const string ChristmasDay = "Christmas Day";
    private const string BoxingDay = "Boxing Day";
    private const string EarlyMay = "Early May bank holiday";
    private const string Spring = "Spring bank holiday";

    private static readonly HolidayYear?[] Years = new HolidayYear?[LastYear + 1];

    /// <summary>Whether <paramref name="date"/> is a bank holiday (substitute days included).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before <see cref="FirstYear"/>.</exception>
    public static bool IsBankHoliday(DateOnly date)
    {
        EnsureSupported(date.Year, nameof(date));
        return IsKnownBankHoliday(date.DayNumber);
    }

    /// <summary>The bank holidays of <paramref name="year"/>, in date order, with their GOV.UK names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="FirstYear"/>..<see cref="LastYear"/>.</exception>
    public static IReadOnlyList<BankHoliday> InYear(int year)
    {
        EnsureSupported(year, nameof(year));
        return For(year).Holidays;
    }

    /// <summary>Whether the year is one this calendar knows the bank holidays of.</summary>
    public static bool IsSupportedYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>
    /// The evaluator's test by day number (<see cref="DateOnly.DayNumber"/>): no allocation after a year's first use;
    /// a year outside the supported range has no bank holidays rather than an exception, because an opening-hours
    /// question about 1970 must not stop a call being routed.
    /// </summary>
    internal static bool IsKnownBankHoliday(int dayNumber)
    {
        var year = DateOnly.FromDayNumber(dayNumber).Year;
        if (!IsSupportedYear(year))
        {
            return false;
        }
        var days = For(year).DayNumbers;
        for (var i = 0; i < days.Length; i++)
        {
            if (days[i] == dayNumber)
            {
                return true;
            }
        }
        return false;
    }

    private static void EnsureSupported(int year, string parameter)
    {
        if (!IsSupportedYear(year))
        {
            throw new ArgumentOutOfRangeException(parameter, year,
                $"England and Wales bank holidays are known for {FirstYear} to {LastYear}.");
        }
    }

    private static HolidayYear For(int year) =>
        // A benign race: two threads may both compute a year; the results are equal and either one is kept.
        Volatile.Read(ref Years[year]) ?? (Years[year] = new HolidayYear(Compute(year)));

    private static List<BankHoliday> Compute(int year)
    {
        var holidays = new List<BankHoliday>();
        AddWithSubstitute(holidays, new DateOnly(year, 1, 1), NewYearsDay);

        var easter = GregorianEaster.Sunday(year);
        holidays.Add(new BankHoliday(easter.AddDays(-2), "Good Friday", false));
        holidays.Add(new BankHoliday(easter.AddDays(1), "Easter Monday", false));

        holidays.Add(new BankHoliday(FirstMonday(year, 5), EarlyMay, false));
        holidays.Add(new BankHoliday(LastMonday(year, 5), Spring, false));
        holidays.Add(new BankHoliday(LastMonday(year, 8), "Summer bank holiday", false));

        AddChristmas(holidays, year);
        OneOffChanges(holidays, year);
        holidays.Sort((x, y) => x.Date.CompareTo(y.Date));
        return holidays;
    }

    /// <summary>A holiday at a weekend gives the following Monday instead.</summary>
    private static void AddWithSubstitute(List<BankHoliday> holidays, DateOnly date, string name)
    {
        var substitute = date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(2),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => (DateOnly?)null,
        };
        holidays.Add(substitute is { } monday ? new BankHoliday(monday, name, true) : new BankHoliday(date, name, false));
    }

    /// <summary>
    /// Christmas Day and Boxing Day are two consecutive weekdays off: a day at a weekend moves to the first weekday
    /// after both that is not already taken (Sat 25 → Mon 27 and Tue 28; Sun 25 → Boxing Day Mon 26 and Christmas
    /// Tue 27; Fri 25 → Boxing Day Mon 28).
    /// </summary>
    private static void AddChristmas(List<BankHoliday> holidays, int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Saturday:
                holidays.Add(new BankHoliday(christmas.AddDays(2), ChristmasDay, true));
                holidays.Add(new BankHoliday(christmas.AddDays(3), BoxingDay, true));
                break;
            case DayOfWeek.Sunday:
                holidays.Add(new BankHoliday(christmas.AddDays(1), BoxingDay, false));
                holidays.Add(new BankHoliday(christmas.AddDays(2), ChristmasDay, true));
                break;
            case DayOfWeek.Friday:
                holidays.Add(new BankHoliday(christmas, ChristmasDay, false));
                holidays.Add(new BankHoliday(christmas.AddDays(3), BoxingDay, true));
                break;
            default:
                holidays.Add(new BankHoliday(christmas, ChristmasDay, false));
                holidays.Add(new BankHoliday(christmas.AddDays(1), BoxingDay, false));
                break;
        }
    }

    /// <summary>
    /// Holidays moved or added by royal proclamation (GOV.UK lists and the proclamations announcing them). Only
    /// changes that affected England and Wales; Scotland and Northern Ireland have their own calendars.
    /// </summary>
    private static void OneOffChanges(List<BankHoliday> holidays, int year)
    {
        switch (year)
        {
            case 1981:
                holidays.Add(new BankHoliday(new DateOnly(1981, 7, 29), "Royal wedding", false));
                break;
            case 1995:
                // 50th anniversary of VE Day: the early May bank holiday moved from Monday 1 May.
                Move(holidays, EarlyMay, new DateOnly(1995, 5, 8), "Early May bank holiday (VE day)");
                break;
            case 1999:
                holidays.Add(new BankHoliday(new DateOnly(1999, 12, 31), "Millennium celebrations", false));
                break;
            case 2002:
                // Golden Jubilee: the spring bank holiday moved from Monday 27 May to Tuesday 4 June.
                Move(holidays, Spring, new DateOnly(2002, 6, 4), Spring);
                holidays.Add(new BankHoliday(new DateOnly(2002, 6, 3), "Queen’s Golden Jubilee", false));
                break;
            case 2011:
                holidays.Add(new BankHoliday(new DateOnly(2011, 4, 29), "Royal wedding", false));
                break;
            case 2012:
                // Diamond Jubilee: the spring bank holiday moved from Monday 28 May to Monday 4 June.
                Move(holidays, Spring, new DateOnly(2012, 6, 4), Spring);
                holidays.Add(new BankHoliday(new DateOnly(2012, 6, 5), "Queen’s Diamond Jubilee", false));
                break;
            case 2020:
                // 75th anniversary of VE Day: the early May bank holiday moved from Monday 4 May to Friday 8 May.
                Move(holidays, EarlyMay, new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)");
                break;
            case 2022:
                // Platinum Jubilee: the spring bank holiday moved from Monday 30 May to Thursday 2 June.
                Move(holidays, Spring, new DateOnly(2022, 6, 2), Spring);
                holidays.Add(new BankHoliday(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday", false));
                holidays.Add(new BankHoliday(new DateOnly(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", false));
                break;
            case 2023:
                holidays.Add(new BankHoliday(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III", false));
                break;
        }
    }

    private static void Move(List<BankHoliday> holidays, string name, DateOnly to, string newName)
    {
        var index = holidays.FindIndex(h => h.Name == name);
        holidays[index] = new BankHoliday(to, newName, false);
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    private sealed class HolidayYear(List<BankHoliday> holidays)
    {
        public IReadOnlyList<BankHoliday> Holidays { get; } = new ReadOnlyCollection<BankHoliday>(holidays);

        public int[] DayNumbers { get; } = [.. holidays.Select(h => h.Date.DayNumber)];
    }
}
