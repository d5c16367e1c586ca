using Portal.Abstractions.Security;

namespace Portal.Publications;

/// <summary>
/// Who may see, write, approve, publish and read the sensitive part of the tenant's decision reports. Approval and
/// publication are separate rights, and an approver may never approve a report they wrote, so that no one person
/// puts a decision report before the public alone.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    // Attribute arguments must be constants, and Permission.Policy is computed: these spell the same names.
    public const string ViewPublicationsPolicy = PermissionPolicy.Prefix + "ViewPublications";
    public const string EditPublicationsPolicy = PermissionPolicy.Prefix + "EditPublications";
    public const string ApprovePublicationsPolicy = PermissionPolicy.Prefix + "ApprovePublications";
    public const string PublishPublicationsPolicy = PermissionPolicy.Prefix + "PublishPublications";
    public const string ReadSensitivePublicationsPolicy = PermissionPolicy.Prefix + "ReadSensitivePublications";
    public const string ManagePublicationGrantsPolicy = PermissionPolicy.Prefix + "ManagePublicationGrants";

    /// <summary>API scopes a token needs on top of the permission (DESIGN section 6; see <see cref="ApiScope"/>).</summary>
    public const string ReadScope = "publications.read";
    public const string WriteScope = "publications.write";
    public const string SensitiveScope = "publications.sensitive";

    public static readonly Permission EditPublications = new("EditPublications", "Write and change draft decision reports, their sections and attachments, and submit them for review");
    public static readonly Permission ApprovePublications = new("ApprovePublications", "Approve or return a decision report another person wrote");
    public static readonly Permission PublishPublications = new("PublishPublications", "Publish an approved decision report with a change note, and withdraw a published one");
    public static readonly Permission ManagePublicationGrants = new("ManagePublicationGrants", "Give and take away people's access to the Part 2 of a decision report (need to know)");

    /// <summary>Sensitive access also needs SC vetting, a second factor and a grant for the report: this alone shows nothing.</summary>
    public static readonly Permission ReadSensitivePublications = new("ReadSensitivePublications", "Read the OFFICIAL-SENSITIVE Part 2 of decision reports one holds a grant for");

    public static readonly Permission ViewPublications = new(
        "ViewPublications", "See the decision reports in every state, their versions and the release reviews",
        [EditPublications, ApprovePublications, PublishPublications, ManagePublicationGrants]);

    public static IReadOnlyList<Permission> All { get; } =
        [ViewPublications, EditPublications, ApprovePublications, PublishPublications, ReadSensitivePublications, ManagePublicationGrants];

    public IEnumerable<Permission> GetPermissions() => All;

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        // Holding ReadSensitivePublications still shows nothing without SC vetting, a second factor and a grant.
        new PermissionStereotype(RoleNames.Administrator, All),
        new PermissionStereotype(RoleNames.Editor, [ViewPublications, EditPublications]),
        new PermissionStereotype(RoleNames.Viewer, [ViewPublications]),
    ];
}
