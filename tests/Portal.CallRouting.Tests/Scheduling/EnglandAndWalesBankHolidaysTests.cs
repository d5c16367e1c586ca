using System.Globalization;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Tests.Scheduling;

/// <summary>
/// The computed holidays against GOV.UK's published England and Wales lists (https://www.gov.uk/bank-holidays),
/// including substitute days and the one-off changes of recent years.
/// </summary>
public sealed class EnglandAndWalesBankHolidaysTests
{
    [Theory]
    // An ordinary year; Boxing Day on a Saturday gives Monday 28 December.
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    // Christmas on a Saturday: substitutes Monday 27 and Tuesday 28 December.
    [InlineData(2021, "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28")]
    // New Year's Day on a Saturday (Monday 3 January); Platinum Jubilee; State Funeral; Christmas on a Sunday.
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    // New Year's Day on a Sunday (Monday 2 January); the Coronation.
    [InlineData(2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26")]
    // VE Day 75: the early May bank holiday on Friday 8 May; Boxing Day on a Saturday.
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    [InlineData(2024, "2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26")]
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    // Diamond Jubilee: spring bank holiday Monday 4 June, Jubilee Tuesday 5 June; New Year's Day on a Sunday.
    [InlineData(2012, "2012-01-02 2012-04-06 2012-04-09 2012-05-07 2012-06-04 2012-06-05 2012-08-27 2012-12-25 2012-12-26")]
    // The royal wedding on Friday 29 April; New Year's Day on a Saturday; Christmas on a Sunday.
    [InlineData(2011, "2011-01-03 2011-04-22 2011-04-25 2011-04-29 2011-05-02 2011-05-30 2011-08-29 2011-12-26 2011-12-27")]
    // Golden Jubilee: Jubilee Monday 3 June, spring bank holiday Tuesday 4 June.
    [InlineData(2002, "2002-01-01 2002-03-29 2002-04-01 2002-05-06 2002-06-03 2002-06-04 2002-08-26 2002-12-25 2002-12-26")]
    public void A_year_has_exactly_the_published_holidays(int year, string published)
    {
        var expected = published.Split(' ').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        var actual = EnglandAndWalesBankHolidays.InYear(year).Select(h => h.Date).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Substitute_days_keep_the_holidays_name_and_are_marked()
    {
        var holidays = EnglandAndWalesBankHolidays.InYear(2021);

        Assert.Equal(new BankHoliday(new DateOnly(2021, 12, 27), "Christmas Day", true), holidays[^2]);
        Assert.Equal(new BankHoliday(new DateOnly(2021, 12, 28), "Boxing Day", true), holidays[^1]);
        Assert.Equal(new BankHoliday(new DateOnly(2022, 1, 3), "New Year’s Day", true), EnglandAndWalesBankHolidays.InYear(2022)[0]);
        Assert.Equal(new BankHoliday(new DateOnly(2022, 12, 26), "Boxing Day", false), EnglandAndWalesBankHolidays.InYear(2022)[^2]);
    }

    [Fact]
    public void The_one_off_holidays_have_their_names()
    {
        var names = new[] { 2020, 2022, 2023 }
            .SelectMany(EnglandAndWalesBankHolidays.InYear)
            .ToDictionary(h => h.Date, h => h.Name);

        Assert.Equal("Early May bank holiday (VE day)", names[new DateOnly(2020, 5, 8)]);
        Assert.Equal("Spring bank holiday", names[new DateOnly(2022, 6, 2)]);
        Assert.Equal("Platinum Jubilee bank holiday", names[new DateOnly(2022, 6, 3)]);
        Assert.Equal("Bank Holiday for the State Funeral of Queen Elizabeth II", names[new DateOnly(2022, 9, 19)]);
        Assert.Equal("Bank holiday for the coronation of King Charles III", names[new DateOnly(2023, 5, 8)]);
    }

    [Theory]
    [InlineData("2026-12-28", true)]   // Boxing Day substitute
    [InlineData("2026-12-26", false)]  // Boxing Day itself, a Saturday
    [InlineData("2022-05-30", false)]  // the spring bank holiday's usual day, moved for the Jubilee
    [InlineData("2020-05-04", false)]  // the early May bank holiday's usual day, moved for VE Day
    [InlineData("2020-05-08", true)]
    [InlineData("2023-05-01", true)]   // the Coronation was added, not moved
    [InlineData("2026-03-17", false)]  // St Patrick's Day: Northern Ireland only
    [InlineData("2026-11-30", false)]  // St Andrew's Day: Scotland only
    [InlineData("1999-12-31", true)]
    [InlineData("1995-05-08", true)]
    [InlineData("1995-05-01", false)]
    public void IsBankHoliday_answers_for_single_dates(string date, bool expected)
    {
        Assert.Equal(expected, EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_year_has_at_least_eight_weekday_holidays_in_date_order()
    {
        for (var year = EnglandAndWalesBankHolidays.FirstYear; year <= 2200; year++)
        {
            var holidays = EnglandAndWalesBankHolidays.InYear(year);

            Assert.True(holidays.Count >= 8, $"{year} has {holidays.Count} holidays");
            Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{h} is at a weekend"));
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
        }
    }

    [Theory]
    [InlineData(1977)]
    [InlineData(0)]
    [InlineData(10000)]
    public void Years_outside_the_known_range_are_refused(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.InYear(year));
    }

    [Fact]
    public void A_date_before_1978_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(1970, 12, 25)));
    }

    [Fact]
    public void The_list_returned_cannot_be_changed_by_a_caller()
    {
        var holidays = EnglandAndWalesBankHolidays.InYear(2026);

        Assert.False(holidays is BankHoliday[] or List<BankHoliday>);
        Assert.Throws<NotSupportedException>(() => ((IList<BankHoliday>)holidays).Clear());
    }
}
