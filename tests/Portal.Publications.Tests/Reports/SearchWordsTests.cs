using Portal.Publications.Search;

namespace Portal.Publications.Tests.Reports;

public sealed class SearchWordsTests
{
    [Fact]
    public void Operators_quotes_and_wildcards_are_separators()
    {
        Assert.Equal(["call", "handling", "near", "x"], SearchWords.From("\"call* handling\" NEAR (x)"));
    }

    [Fact]
    public void Stop_words_are_left_out_and_take_no_place_among_the_words()
    {
        Assert.Equal(["history", "control", "room"], SearchWords.From("The history OF the control room"));
        Assert.Empty(SearchWords.From("To be, or NOT to be"));
        Assert.Empty(SearchWords.From("it's don't"));

        var words = SearchWords.From(string.Concat(Enumerable.Repeat("the and of ", 20)) + string.Join(' ', Enumerable.Range(0, 20).Select(i => "w" + i)));
        Assert.Equal(Enumerable.Range(0, SearchWords.MaxWords).Select(i => "w" + i), words);
    }

    [Fact]
    public void Words_are_lower_case_and_unique()
    {
        Assert.Equal(["control", "room"], SearchWords.From("Control ROOM control"));
    }

    [Fact]
    public void Input_is_bounded_whatever_its_length()
    {
        var words = SearchWords.From(string.Join(' ', Enumerable.Range(0, 5000).Select(i => "w" + i)) + " " + new string('a', 10_000));

        Assert.Equal(SearchWords.MaxWords, words.Count);
        Assert.All(words, w => Assert.True(w.Length <= SearchWords.MaxWordLength));
        Assert.Equal(SearchWords.MaxWordLength, Assert.Single(SearchWords.From(new string('b', 10_000))).Length);
    }

    [Fact]
    public void Nothing_to_search_is_no_words()
    {
        Assert.Empty(SearchWords.From(null));
        Assert.Empty(SearchWords.From(" *\"()- "));
    }
}
