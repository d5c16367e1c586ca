namespace Portal.Publications.Authoring.ViewModels;

/// <summary>
/// What the person looking at a report page may do, so the page offers only those buttons. <see cref="CanApprove"/>
/// is false for the report's author or submitter even with the permission: the service would refuse them anyway.
/// </summary>
public sealed record ReportPermissions(bool CanEdit, bool CanApprove, bool CanPublish, bool CanManageGrants)
{
    public static ReportPermissions None { get; } = new(false, false, false, false);
}
