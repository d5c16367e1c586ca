using System.Text;

namespace Portal.Publications.Search;

/// <summary>
/// Turns what a person typed into the words a search looks for: letters and digits only, lower case, at most
/// <see cref="MaxWords"/> words of at most <see cref="MaxWordLength"/> characters. Quotes, operators, wildcards and
/// brackets are separators here, so no input can be query syntax, and a 10,000-character string costs no more than
/// a short one. Words too common to narrow anything (<see cref="StopWords"/>: "the", "and", "of"...) are left out on
/// every provider, so a search holding only such words has no words at all and, like an empty search, lists every
/// report: the reader sees the reports rather than "no results" for a search that could not mean anything narrower.
/// </summary>
public static class SearchWords
{
    public const int MaxWords = 12;
    public const int MaxWordLength = 40;

    public static IReadOnlyList<string> From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (!Flush(words, current))
            {
                break;
            }
        }

        Flush(words, current);
        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The searchable form of stored text: lower case, so every provider compares it the same way.</summary>
    public static string Normalise(string text) => text.ToLowerInvariant();

    // False once the list is full: the rest of the input is not read at all. Stop words take no place in it.
    private static bool Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            var word = current.Length > MaxWordLength ? current.ToString(0, MaxWordLength) : current.ToString();
            if (!StopWords.Contains(word))
            {
                words.Add(word);
            }

            current.Clear();
        }

        return words.Count < MaxWords;
    }
}
