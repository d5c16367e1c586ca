namespace Portal.Publications.Public.ViewModels;

/// <summary>
/// The page numbers GOV.UK pagination shows: the first, the last, the current one and its neighbours, with an ellipsis
/// for each gap, so a search with thousands of pages still draws a short list.
/// </summary>
public static class Pagination
{
    public static IReadOnlyList<PaginationItem> Items(int current, int totalPages)
    {
        var items = new List<PaginationItem>();
        if (totalPages <= 1)
        {
            return items;
        }

        int? previous = null;
        foreach (var number in new[] { 1, current - 1, current, current + 1, totalPages }.Where(n => n >= 1 && n <= totalPages).Distinct().Order())
        {
            if (previous is { } p && number > p + 1)
            {
                items.Add(new PaginationItem(null, false));
            }

            items.Add(new PaginationItem(number, number == current));
            previous = number;
        }

        return items;
    }
}
