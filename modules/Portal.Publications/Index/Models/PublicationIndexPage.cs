namespace Portal.Publications.Index.Models;

/// <summary>One page of the index, newest publication or withdrawal first, and the forces that have entries (for the filter).</summary>
public sealed record PublicationIndexPage(IReadOnlyList<PublicationIndexItem> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Forces)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
