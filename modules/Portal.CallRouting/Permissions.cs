using Portal.Abstractions.Security;

namespace Portal.CallRouting;

/// <summary>
/// Who may see, change, approve and publish the force's call routing, switch to a contingency plan and agree overflow
/// with partner forces. Approval and publication are separate rights so that no one person changes live routing alone.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    // Attribute arguments must be constants, and Permission.Policy is computed: these spell the same names.
    public const string ViewRoutingPolicy = PermissionPolicy.Prefix + "ViewRouting";
    public const string EditRoutingPolicy = PermissionPolicy.Prefix + "EditRouting";
    public const string ApproveRoutingPolicy = PermissionPolicy.Prefix + "ApproveRouting";
    public const string PublishRoutingPolicy = PermissionPolicy.Prefix + "PublishRouting";
    public const string ActivateContingencyPolicy = PermissionPolicy.Prefix + "ActivateContingency";
    public const string ManageAgreementsPolicy = PermissionPolicy.Prefix + "ManageAgreements";

    public static readonly Permission EditRouting = new("EditRouting", "Change contact centres, queues, schedules and draft routing plans");
    public static readonly Permission ApproveRouting = new("ApproveRouting", "Approve a routing plan another person submitted");
    public static readonly Permission PublishRouting = new("PublishRouting", "Publish an approved routing plan, now or at a set time, and roll back");
    public static readonly Permission ActivateContingency = new("ActivateContingency", "Switch a queue to an approved contingency plan and back");
    public static readonly Permission ManageAgreements = new("ManageAgreements", "Propose, accept, decline and revoke overflow agreements with partner forces");

    public static readonly Permission ViewRouting = new(
        "ViewRouting", "See the call routing configuration, its plans and the live queue state",
        [EditRouting, ApproveRouting, PublishRouting, ActivateContingency, ManageAgreements]);

    public static IReadOnlyList<Permission> All { get; } =
        [ViewRouting, EditRouting, ApproveRouting, PublishRouting, ActivateContingency, ManageAgreements];

    public IEnumerable<Permission> GetPermissions() => All;

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype(RoleNames.Administrator, All),
        new PermissionStereotype(RoleNames.Editor, [ViewRouting, EditRouting]),
        new PermissionStereotype(RoleNames.Viewer, [ViewRouting]),
    ];
}
