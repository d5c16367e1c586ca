using System.Numerics;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class ErlangCTests
{
    [Fact]
    public void Two_erlangs_on_three_agents_wait_four_times_in_nine()
    {
        // By hand: B(1) = 2/3, B(2) = 2/5, B(3) = 4/19; C = 3·(4/19) / (3 − 2·15/19) = (12/19)/(27/19) = 4/9.
        Assert.Equal(4.0 / 9.0, ErlangC.ProbabilityOfWaiting(3, 2), 12);
        Assert.Equal(0.4444, ErlangC.ProbabilityOfWaiting(3, 2), 4);
    }

    [Fact]
    public void Service_level_and_average_speed_of_answer_follow_from_the_probability_of_waiting()
    {
        // A = 2 (20 calls in 30 minutes at 180 s each), N = 3, target 20 s:
        // SL = 1 − 4/9·e^(−(3−2)·20/180) = 0.6022939…, ASA = 4/9 · 180 / (3 − 2) = 80 s.
        var result = ErlangC.Predict(3, 2, averageHandlingSeconds: 180, targetSeconds: 20);

        Assert.True(result.Stable);
        Assert.Equal(1 - 4.0 / 9.0 * Math.Exp(-20.0 / 180.0), result.AnsweredWithinTargetShare, 12);
        Assert.Equal(0.60229, result.AnsweredWithinTargetShare, 5);
        Assert.Equal(80, result.AverageSpeedOfAnswerSeconds!.Value, 9);
    }

    [Fact]
    public void Erlang_b_matches_the_published_table_for_ten_erlangs_on_ten_circuits()
    {
        // Erlang B tables: 10 circuits offered 10 Erlangs block 21.46 % of calls.
        Assert.Equal(0.2146, ErlangC.ErlangB(10, 10), 4);
        Assert.Equal(ExactErlangC.ErlangB(10, 10, 1), ErlangC.ErlangB(10, 10), 12);
    }

    [Theory]
    [InlineData(5, 42, 10)]     // A = 4.2
    [InlineData(11, 10, 1)]     // A = 10, one agent spare
    [InlineData(12, 21, 2)]     // A = 10.5
    [InlineData(55, 48, 1)]     // 360 calls in 30 minutes at 240 s
    [InlineData(120, 1131, 10)] // A = 113.1
    [InlineData(500, 480, 1)]
    [InlineData(650, 6001, 10)] // A = 600.1
    public void The_recursion_agrees_with_the_exact_textbook_formula(int agents, long p, long q)
    {
        var expected = ExactErlangC.ProbabilityOfWaiting(agents, p, q);

        var actual = ErlangC.ProbabilityOfWaiting(agents, (double)p / q);

        Assert.Equal(expected, actual, 10);
        Assert.InRange(actual, 0, 1);
    }

    [Fact]
    public void Thousands_of_agents_cost_no_overflow()
    {
        var waiting = ErlangC.ProbabilityOfWaiting(5000, 4900);
        var result = ErlangC.Predict(5000, 4900, averageHandlingSeconds: 240, targetSeconds: 10);

        Assert.False(double.IsNaN(waiting));
        Assert.InRange(waiting, 1e-6, 1 - 1e-6);
        Assert.True(result.Stable);
        Assert.InRange(result.AnsweredWithinTargetShare, 0, 1);
        Assert.True(double.IsFinite(result.AverageSpeedOfAnswerSeconds!.Value));
    }

    [Fact]
    public void More_agents_never_make_waiting_more_likely()
    {
        var previous = 1.0;
        for (var agents = 21; agents <= 40; agents++)
        {
            var waiting = ErlangC.ProbabilityOfWaiting(agents, 20);
            Assert.True(waiting < previous, $"{agents} agents: {waiting} is not below {previous}");
            previous = waiting;
        }
    }

    [Theory]
    [InlineData(5, 5.0)]
    [InlineData(5, 7.5)]
    [InlineData(0, 0.1)]
    public void With_no_more_agents_than_the_load_no_one_is_answered_in_time_and_the_queue_is_unstable(int agents, double load)
    {
        var result = ErlangC.Predict(agents, load, averageHandlingSeconds: 200, targetSeconds: 10);

        Assert.False(result.Stable);
        Assert.Equal(1, result.ProbabilityOfWaiting);
        Assert.Equal(0, result.AnsweredWithinTargetShare);
        Assert.Null(result.AverageSpeedOfAnswerSeconds);
    }

    [Fact]
    public void With_no_calls_nobody_waits()
    {
        var result = ErlangC.Predict(3, 0, averageHandlingSeconds: 200, targetSeconds: 10);

        Assert.True(result.Stable);
        Assert.Equal(0, result.ProbabilityOfWaiting);
        Assert.Equal(1, result.AnsweredWithinTargetShare);
        Assert.Equal(0, result.AverageSpeedOfAnswerSeconds);
    }

    [Theory]
    [InlineData(-1, 1.0, 100.0, 10.0)]
    [InlineData(3, -0.5, 100.0, 10.0)]
    [InlineData(3, double.NaN, 100.0, 10.0)]
    [InlineData(3, 1.0, 0.0, 10.0)]
    [InlineData(3, 1.0, 100.0, -1.0)]
    public void Impossible_inputs_are_refused(int agents, double load, double aht, double target) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Predict(agents, load, aht, target));

    [Fact]
    public void The_exact_formula_used_as_a_check_reproduces_the_hand_computed_case()
    {
        // Guards the guard: the BigInteger reference itself gives 4/9 for A = 2, N = 3.
        Assert.Equal(4.0 / 9.0, ExactErlangC.ProbabilityOfWaiting(3, new BigInteger(2), BigInteger.One), 12);
    }
}
