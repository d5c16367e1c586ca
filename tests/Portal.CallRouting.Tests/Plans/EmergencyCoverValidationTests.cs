using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Validation;
using Portal.CallRouting.Scheduling;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

/// <summary>The 999 cover check over the real Europe/London calendar: every hour of the coming week needs a staffed centre that is not Down.</summary>
public sealed class EmergencyCoverValidationTests
{
    // Wednesday 25 November 2026, 10:30 UTC (GMT): the week checked runs to Wednesday 2 December 10:00.
    private static RoutingConfiguration WithCentres(params ContactCentre[] centres) => Support.Plans.PlanSamples.Configuration with
    {
        Centres = centres,
        Queues = [Support.Plans.PlanSamples.Configuration.Queues[0] with { ServingCentres = [.. centres.Select((c, i) => new QueueServingCentre(c.Code, i + 1))] }],
    };

    private static ScheduleDefinition Shift(string code, int opens, int closes) => new(code, code,
        [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, [new OpeningPeriod(new TimeOnly(opens, 0), closes == 24 ? TimeOnly.MinValue : new TimeOnly(closes, 0))]))],
        ClosedOnBankHolidays: false, [], null);

    private static PlanValidationResult Validate(RoutingConfiguration configuration, params ScheduleDefinition[] schedules) =>
        RoutingPlanValidator.Validate(Input(new RoutingPlanDocument([ValidDocument.Queues[0] with { Rules = [] }], []),
            configuration with { Schedules = schedules }, agreements: []));

    [Fact]
    public void Day_and_night_shifts_that_meet_cover_every_hour()
    {
        var result = Validate(WithCentres(new ContactCentre("DAY", "Day", 10, "day"), new ContactCentre("NIGHT", "Night", 5, "night")),
            Shift("day", 7, 19), new ScheduleDefinition("night", "night",
                [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, [new OpeningPeriod(TimeOnly.MinValue, new TimeOnly(7, 0)), new OpeningPeriod(new TimeOnly(19, 0), TimeOnly.MinValue)]))],
                false, [], null));

        Assert.DoesNotContain(result.Errors, e => e.Code == PlanFindingCodes.NoServingCentre);
    }

    [Fact]
    public void Hours_when_no_serving_centre_is_staffed_are_an_error_naming_them_in_london_time()
    {
        var result = Validate(WithCentres(new ContactCentre("DAY", "Day", 10, "day")), Shift("day", 7, 19));

        var error = Assert.Single(result.Errors, e => e.Code == PlanFindingCodes.NoServingCentre);
        Assert.Equal("queues[0].queueCode", error.Path);
        Assert.Contains("Wed 25 Nov 19:00 to Thu 26 Nov 07:00", error.Message);
    }

    [Fact]
    public void A_centre_that_is_down_does_not_cover_its_staffed_hours()
    {
        var states = new Dictionary<string, CentreStatus> { ["NIGHT"] = new("NIGHT", CentreServiceState.Down, "Power cut", "ops", Now) };
        var configuration = WithCentres(new ContactCentre("DAY", "Day", 10, "day"), new ContactCentre("NIGHT", "Night", 5, "night")) with
        {
            Schedules = [Shift("day", 7, 19), Shift("night", 19, 24)],
        };

        var result = RoutingPlanValidator.Validate(Input(new RoutingPlanDocument([ValidDocument.Queues[0] with { Rules = [] }], []), configuration, [], states));

        Assert.Contains(result.Errors, e => e.Code == PlanFindingCodes.NoServingCentre && e.Message.Contains("19:00"));
    }
}
