namespace Portal.Publications.Search;

/// <summary>
/// Words too common to narrow a search: the english stop list of PostgreSQL's full-text search (the 127 words of its
/// tsearch_data/english.stop). PostgreSQL leaves them out of every query by itself while SQLite FTS5 has no such list;
/// <see cref="SearchWords"/> leaves them out before either engine sees the words, so the same search gives the same
/// reports on both. Keep this list a copy of PostgreSQL's: a stop word missing here would match on SQLite and not on
/// PostgreSQL.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
        "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that",
        "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
        "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as",
        "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
        "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off",
        "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how",
        "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
        "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should",
        "now",
    };

    /// <summary>Whether <paramref name="word"/> (lower case, as <see cref="SearchWords"/> spells words) is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>The whole list, for the test that holds it against PostgreSQL's.</summary>
    public static IReadOnlyCollection<string> All => Words;
}
