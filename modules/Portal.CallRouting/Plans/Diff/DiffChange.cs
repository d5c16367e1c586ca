namespace Portal.CallRouting.Plans.Diff;

public enum DiffChange
{
    Added,
    Removed,
    Changed,
}
