using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class ArrivalProfileValidatorTests
{
    private static ArrivalProfile Typical => TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);

    [Fact]
    public void The_typical_weekday_is_a_valid_profile()
    {
        Assert.Empty(ArrivalProfileValidator.Validate(new WhatIfRequest([1, 2], Typical)));
    }

    [Fact]
    public void A_profile_needs_exactly_48_half_hours()
    {
        var short47 = Typical with { Slots = Typical.Slots!.Take(47).ToList() };

        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1], short47));

        Assert.Contains("48", Assert.Single(errors, e => e.Key == "profile.slots").Value.Single());
        Assert.Contains("47", errors["profile.slots"].Single());
    }

    [Fact]
    public void Negative_calls_are_refused_at_their_field_path()
    {
        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1], With(13, 0, calls: -1, aht: 240)));

        Assert.Equal(["profile.slots[13].queues[0].calls"], errors.Keys);
    }

    [Fact]
    public void Calls_without_a_handling_time_are_refused_but_no_calls_need_none()
    {
        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1], With(20, 1, calls: 5, aht: 0)));
        var fine = ArrivalProfileValidator.Validate(new WhatIfRequest([1], With(20, 1, calls: 0, aht: 0)));

        Assert.Equal(["profile.slots[20].queues[1].averageHandlingSeconds"], errors.Keys);
        Assert.Empty(fine);
    }

    [Fact]
    public void Negative_agents_and_a_centre_listed_twice_are_refused()
    {
        var slots = Typical.Slots!.ToList();
        slots[3] = slots[3] with { Centres = [new CentreStaffing("NORTH", -2), new CentreStaffing("NORTH", 4)] };

        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1], Typical with { Slots = slots }));

        Assert.Contains("profile.slots[3].centres[0].agents", errors.Keys);
        Assert.Contains("profile.slots[3].centres[1].centre", errors.Keys);
    }

    [Fact]
    public void A_queue_listed_twice_in_a_half_hour_and_a_missing_list_are_refused()
    {
        var slots = Typical.Slots!.ToList();
        slots[0] = slots[0] with { Queues = [new QueueArrivals("999", 1, 200), new QueueArrivals("999", 2, 200)] };
        slots[1] = slots[1] with { Centres = null };

        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1], Typical with { Slots = slots }));

        Assert.Contains("profile.slots[0].queues[1].queue", errors.Keys);
        Assert.Contains("profile.slots[1].centres", errors.Keys);
    }

    [Theory]
    [InlineData(new int[0], "versions")]
    [InlineData(new[] { 1, 2, 3 }, "versions")]
    [InlineData(new[] { 2, 2 }, "versions[1]")]
    [InlineData(new[] { 0 }, "versions[0]")]
    public void Versions_must_be_one_or_two_different_numbers(int[] versions, string field)
    {
        Assert.Contains(field, ArrivalProfileValidator.Validate(new WhatIfRequest(versions, Typical)).Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void Replications_are_bounded(int replications)
    {
        Assert.Contains("replications", ArrivalProfileValidator.Validate(new WhatIfRequest([1], Typical, Replications: replications)).Keys);
    }

    [Fact]
    public void A_day_too_big_to_simulate_in_a_request_is_refused_on_replications()
    {
        var huge = Typical with
        {
            Slots = Typical.Slots!.Select(s => s with { Queues = [new QueueArrivals("999", 4000, 240)] }).ToList(),
        };

        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1, 2], huge, Replications: 20));

        Assert.Contains("simulated calls", Assert.Single(errors, e => e.Key == "replications").Value.Single());
    }

    [Fact]
    public void Patience_must_be_positive_and_name_a_queue()
    {
        var profile = Typical with { Patience = [new QueuePatience("999", 0), new QueuePatience(null, 30)] };

        var errors = ArrivalProfileValidator.Validate(new WhatIfRequest([1], profile));

        Assert.Contains("profile.patience[0].averageSeconds", errors.Keys);
        Assert.Contains("profile.patience[1].queue", errors.Keys);
    }

    [Fact]
    public void Queues_and_centres_must_exist_in_the_version()
    {
        var slots = Typical.Slots!.ToList();
        slots[7] = new ProfileSlot([new QueueArrivals("ENQUIRIES", 3, 200)], [new CentreStaffing("EAST", 3)]);
        var plan = new WhatIfPlanVersion(1, "v1", Domain.Rules.RoutingPlanDocument.Empty, WhatIfPlans.Version1Configuration);

        var errors = ArrivalProfileValidator.ValidateAgainst(Typical with { Slots = slots }, plan, "profile");

        Assert.Contains("no queue 'ENQUIRIES'", errors["profile.slots[7].queues[0].queue"].Single());
        Assert.Contains("no centre 'EAST'", errors["profile.slots[7].centres[0].centre"].Single());
    }

    [Fact]
    public void An_unknown_queue_named_in_every_half_hour_is_reported_once()
    {
        var profile = Typical with
        {
            Slots = Typical.Slots!.Select(s => s with { Queues = [.. s.Queues!, new QueueArrivals("ENT", 1, 100)] }).ToList(),
        };
        var plan = new WhatIfPlanVersion(1, "v1", Domain.Rules.RoutingPlanDocument.Empty, WhatIfPlans.Version1Configuration);

        var errors = ArrivalProfileValidator.ValidateAgainst(profile, plan, "profile");

        var error = Assert.Single(errors);
        Assert.Equal("profile.slots[0].queues[2].queue", error.Key);
        Assert.Contains("named in 48 half hours", error.Value.Single());
    }

    private static ArrivalProfile With(int slot, int queueIndex, double calls, double aht)
    {
        var slots = Typical.Slots!.ToList();
        var queues = slots[slot].Queues!.ToList();
        queues[queueIndex] = queues[queueIndex] with { Calls = calls, AverageHandlingSeconds = aht };
        slots[slot] = slots[slot] with { Queues = queues };
        return Typical with { Slots = slots };
    }
}
