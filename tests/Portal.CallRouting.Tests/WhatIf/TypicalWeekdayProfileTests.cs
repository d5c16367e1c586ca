using Portal.CallRouting.Domain;
using Portal.CallRouting.Scheduling;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class TypicalWeekdayProfileTests
{
    [Fact]
    public void Calls_follow_the_day_and_stay_within_what_the_agents_can_answer()
    {
        var profile = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);

        var emergency = profile.Slots!.Select(s => s.Queues!.Single(q => q.Queue == "999")).ToList();
        Assert.True(emergency[35].Calls > emergency[9].Calls, "the evening is busier than before dawn");
        Assert.All(emergency, a => Assert.Equal(240, a.AverageHandlingSeconds));
        for (var slot = 0; slot < ArrivalProfile.SlotsPerDay; slot++)
        {
            var north = profile.Slots![slot].Centres!.Single(c => c.Centre == "NORTH").Agents;
            var load = emergency[slot].Calls * 240 / ArrivalProfile.SlotSeconds;
            Assert.True(load < north, $"{ArrivalProfile.SlotStart(slot)}: {load:F1} Erlangs on {north} agents");
        }
    }

    [Fact]
    public void A_centre_with_staffed_hours_has_no_agents_while_closed_on_that_day()
    {
        var dayShift = new ScheduleDefinition("DAYS", "Days only",
            Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))])).ToList(),
            ClosedOnBankHolidays: false, [], null);
        var configuration = WhatIfPlans.Version1Configuration with
        {
            Centres = [new ContactCentre("NORTH", "North", 12, null), new ContactCentre("SOUTH", "South", 10, "DAYS")],
            Schedules = [dayShift],
        };

        var onTheDay = TypicalWeekdayProfile.For(configuration, new DateOnly(2026, 12, 2));
        var anyDay = TypicalWeekdayProfile.For(configuration);

        int South(ArrivalProfile p, int slot) => p.Slots![slot].Centres!.Single(c => c.Centre == "SOUTH").Agents;
        Assert.Equal(0, South(onTheDay, 15)); // 07:30
        Assert.True(South(onTheDay, 16) > 0); // 08:00
        Assert.True(South(onTheDay, 39) > 0); // 19:30
        Assert.Equal(0, South(onTheDay, 40)); // 20:00
        Assert.True(South(anyDay, 15) > 0);
    }
}
