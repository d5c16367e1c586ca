namespace Portal.CallRouting.Plans.Diff;

/// <summary>
/// How a list of conditions or actions changed: the items only in the later version, those only in the earlier, and
/// whether the same items now stand in another order (the order of actions matters to the reader, not to routing).
/// </summary>
public sealed record ListDiff<T>(IReadOnlyList<T> Added, IReadOnlyList<T> Removed, bool Reordered)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && !Reordered;
}
