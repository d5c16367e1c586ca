using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class ArrivalProfileCsvTests
{
    [Fact]
    public void A_profile_written_as_csv_reads_back_the_same()
    {
        var typical = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);

        var (read, errors) = ArrivalProfileCsv.Read(ArrivalProfileCsv.Write(typical), typical.Name!);

        Assert.Empty(errors);
        Assert.Equal(ArrivalProfile.SlotsPerDay, read!.Slots!.Count);
        for (var s = 0; s < ArrivalProfile.SlotsPerDay; s++)
        {
            Assert.Equal(typical.Slots![s].Queues, read.Slots[s].Queues);
            Assert.Equal(typical.Slots[s].Centres, read.Slots[s].Centres);
        }
    }

    [Fact]
    public void Half_hours_may_be_given_by_start_or_number_and_missing_ones_are_empty()
    {
        var (profile, errors) = ArrivalProfileCsv.Read("""
            halfHour,kind,code,calls,averageHandlingSeconds,agents
            07:30,queue,999,12.5,240,
            15,centre,NORTH,,,9
            """, "test");

        Assert.Empty(errors);
        Assert.Equal(new QueueArrivals("999", 12.5, 240), Assert.Single(profile!.Slots![15].Queues!));
        Assert.Equal(new CentreStaffing("NORTH", 9), Assert.Single(profile.Slots[15].Centres!));
        Assert.Empty(profile.Slots[0].Queues!);
    }

    [Fact]
    public void Unreadable_lines_are_named_by_number()
    {
        var (profile, errors) = ArrivalProfileCsv.Read("""
            halfHour,kind,code,calls,averageHandlingSeconds,agents
            07:15,queue,999,12,240,
            08:00,queue,999,many,240,
            08:00,desk,999,1,1,1
            08:00,centre,NORTH,,,
            """, "test");

        Assert.Null(profile);
        Assert.Collection(errors,
            e => Assert.StartsWith("Line 2:", e),
            e => Assert.StartsWith("Line 3:", e),
            e => Assert.StartsWith("Line 4:", e),
            e => Assert.StartsWith("Line 5:", e));
    }

    [Fact]
    public void A_file_without_the_header_is_refused()
    {
        var (profile, errors) = ArrivalProfileCsv.Read("00:00,queue,999,1,200,\n", "test");

        Assert.Null(profile);
        Assert.StartsWith("Line 1:", Assert.Single(errors));
    }

    [Fact]
    public void Validation_paths_read_as_half_hours_and_codes()
    {
        var typical = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);

        Assert.Equal("06:30, queue 999, calls", ArrivalProfileText.Describe("slots[13].queues[0].calls", typical));
        Assert.Equal("23:30, centre SOUTH, agents", ArrivalProfileText.Describe("slots[47].centres[1].agents", typical));
    }
}
