using Portal.CallRouting.Decisions.Compilation;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>The compiled prefix set (one binary search) answers exactly as checking every prefix in turn does.</summary>
public sealed class CompiledPrefixSetTests
{
    [Fact]
    public void Prefixes_covered_by_a_shorter_one_are_dropped_and_the_rest_sorted()
    {
        var set = new CompiledPrefixSet(["0207", "+44161", "020", "+4420", "020", "+441612"]);

        Assert.Equal(["+44161", "+4420", "020"], set.Prefixes);
    }

    [Theory]
    [InlineData("02071234567", true)]
    [InlineData("020", true)]
    [InlineData("02", false)]
    [InlineData("0161", false)]
    [InlineData("+441619998888", true)]
    [InlineData("+4416", false)]
    [InlineData("+442079460000", true)]
    [InlineData("+447700900123", false)]
    [InlineData("", false)]
    public void A_number_matches_when_it_starts_with_a_prefix(string number, bool matches)
    {
        var set = new CompiledPrefixSet(["+4420", "020", "+44161"]);

        Assert.Equal(matches, set.Matches(number));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20261127)]
    [InlineData(999)]
    public void Random_sets_answer_as_a_scan_of_every_prefix_does(int seed)
    {
        var random = new Random(seed);
        // A small alphabet and short strings, so prefixes overlap, cover each other and equal whole numbers often.
        string Digits(int min, int max) => string.Concat(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => "+0127"[random.Next(5)]));
        int matched = 0, missed = 0;
        for (var s = 0; s < 500; s++)
        {
            var prefixes = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Digits(1, 5)).ToList();
            var set = new CompiledPrefixSet(prefixes);
            for (var n = 0; n < 40; n++)
            {
                var number = Digits(0, 8);
                var expected = prefixes.Any(p => number.StartsWith(p, StringComparison.Ordinal));
                Assert.True(expected == set.Matches(number), $"seed {seed}: [{string.Join(", ", prefixes)}] and {number}");
                if (expected)
                {
                    matched++;
                }
                else
                {
                    missed++;
                }
            }
        }

        Assert.True(matched > 1000 && missed > 1000, $"{matched} matched, {missed} missed: the cases do not exercise both answers");
    }
}
