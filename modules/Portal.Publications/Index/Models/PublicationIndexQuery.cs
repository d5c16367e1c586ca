namespace Portal.Publications.Index.Models;

/// <summary>
/// A search of the platform's index: free text (plain words, never query syntax), a force and a page. Values out of
/// range are clamped rather than refused, so any link a person can type gives a result page.
/// </summary>
public sealed record PublicationIndexQuery(string? Text = null, string? Force = null, int Page = 1)
{
    public const int PageSize = 20;

    /// <summary>Longer text is cut here, like the forces' own search.</summary>
    public const int MaxTextLength = 200;

    public int SafePage => Math.Max(1, Page);
}
