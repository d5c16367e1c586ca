using Portal.Publications.Index.Data;
using Portal.Publications.Search;

namespace Portal.Publications.Index.Services;

/// <summary>What the index's word search looks in: the headline fields the event carried, normalised like the forces' own search text.</summary>
public static class IndexSearchText
{
    public static string Of(IndexedPublication entry) =>
        SearchWords.Normalise(string.Join('\n', [entry.Reference, entry.Title, entry.Summary, entry.DecisionMaker, .. entry.Tags]));
}
