using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class WhatIfServiceTests
{
    private readonly WhatIfService _service = new(new WhatIfPlans(), new ServingCentresRouterFactory(), TimeProvider.System);

    [Fact]
    public async Task Two_versions_are_predicted_side_by_side_for_the_same_day()
    {
        var profile = TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration);

        var outcome = await _service.CompareAsync(new WhatIfRequest([1, 2], profile, new DateOnly(2026, 12, 2), Replications: 5), CancellationToken.None);

        var comparison = outcome.Comparison!;
        Assert.Equal([1, 2], comparison.Plans.Select(p => p.Version));
        Assert.All(comparison.Plans, p => Assert.All(p.Queues, q => Assert.Equal(ArrivalProfile.SlotsPerDay, q.Slots.Count)));
        var v1 = comparison.Plans[0].Queues.Single(q => q.Queue == "999");
        var v2 = comparison.Plans[1].Queues.Single(q => q.Queue == "999");
        // Version 1: 999 has NORTH to itself, so Erlang C applies; version 2 shares SOUTH with 101, so it does not.
        Assert.Null(v1.ErlangCNotApplicable);
        Assert.All(v1.Slots, s => Assert.NotNull(s.ErlangC));
        Assert.NotNull(v2.ErlangCNotApplicable);
        Assert.All(v2.Slots, s => Assert.Null(s.ErlangC));
        // Both versions met the very same calls.
        Assert.Equal(v1.Day.Offered, v2.Day.Offered);
        // SOUTH backing NORTH up can only help 999.
        Assert.True(v2.Day.AnsweredWithin10sShare!.Mean >= v1.Day.AnsweredWithin10sShare!.Mean);
        Assert.NotNull(v1.Day.HalfHoursBelowTarget);
        Assert.Null(comparison.Plans[0].Queues.Single(q => q.Queue == "101").Day.HalfHoursBelowTarget);
    }

    [Fact]
    public async Task The_same_request_gives_the_same_answer()
    {
        var request = new WhatIfRequest([2], TypicalWeekdayProfile.For(WhatIfPlans.Version2Configuration), new DateOnly(2026, 12, 2), Replications: 3, Seed: 99);

        var first = (await _service.CompareAsync(request, CancellationToken.None)).Comparison!;
        var second = (await _service.CompareAsync(request, CancellationToken.None)).Comparison!;

        Assert.Equal(
            first.Plans[0].Queues.SelectMany(q => q.Slots).Select(s => s.Simulated.AnsweredWithin10sShare),
            second.Plans[0].Queues.SelectMany(q => q.Slots).Select(s => s.Simulated.AnsweredWithin10sShare));
    }

    [Fact]
    public async Task An_unknown_version_is_reported_as_missing()
    {
        var outcome = await _service.CompareAsync(new WhatIfRequest([1, 7], TypicalWeekdayProfile.For(WhatIfPlans.Version1Configuration)), CancellationToken.None);

        Assert.Equal(7, outcome.MissingVersion);
        Assert.Null(outcome.Comparison);
    }

    [Fact]
    public void The_band_of_a_mean_narrows_with_more_replications_and_uses_student_t()
    {
        var few = ConfidenceBand.Of([0.5, 0.7], 0, 1)!;
        var many = ConfidenceBand.Of(Enumerable.Repeat(new[] { 0.5, 0.7 }, 10).SelectMany(x => x).ToList(), 0, 1)!;
        var unclamped = ConfidenceBand.Of([0.5, 0.7])!;

        // Two samples: mean 0.6, s = 0.1414, half-width = 12.706 · 0.1414 / √2 = 1.2706 (clamped to [0, 1]).
        Assert.Equal(0.6, few.Mean, 12);
        Assert.Equal(0, few.Low);
        Assert.Equal(1, few.High);
        Assert.Equal(0.6 + 12.706 * Math.Sqrt(0.02) / Math.Sqrt(2), unclamped.High, 9);
        Assert.True(many.High - many.Low < 0.1);
        Assert.Null(ConfidenceBand.Of([]));
    }

    [Fact]
    public void The_day_starts_at_local_midnight_in_summer_and_winter()
    {
        Assert.Equal(TimeSpan.Zero, WhatIfDay.Start(new DateOnly(2026, 12, 2)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), WhatIfDay.Start(new DateOnly(2026, 7, 1)).Offset);
        Assert.Equal(new DateOnly(2026, 11, 30), WhatIfDay.NextWorkingDay(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)));
    }
}
