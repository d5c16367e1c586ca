using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Tests.Scheduling;

public sealed class GregorianEasterTests
{
    [Theory]
    [InlineData(1818, 3, 22)] // the earliest possible date
    [InlineData(1943, 4, 25)] // the latest possible date
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_sunday_matches_the_published_dates(int year, int month, int day)
    {
        var easter = GregorianEaster.Sunday(year);

        Assert.Equal(new DateOnly(year, month, day), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }
}
