using System.Text.Json;

namespace Portal.Browser.Tests.Publications;

/// <summary>
/// A police force of its own for one publications journey (no demo reports), set up by a recipe as the platform sets
/// up any tenant, with three people who each hold only what their part of the journey needs: an author, a second
/// person who approves, publishes, gives Part 2 grants and reads the audit log, and a cleared (SC) reader of Part 2.
/// </summary>
public sealed class PublicationsTenant
{
    public const string Password = "Publications-Browser-Passw0rd-3!";

    private PublicationsTenant(string name)
    {
        Name = name;
        AuthorEmail = $"author@{name}.police.test";
        ApproverEmail = $"approver@{name}.police.test";
        ReaderEmail = $"reader@{name}.police.test";
    }

    public string Name { get; }

    /// <summary>The tenant's path base, as the browser addresses it.</summary>
    public string PathBase => "/" + Name;

    /// <summary>User A: writes reports and submits them (ViewPublications, EditPublications); may not approve.</summary>
    public string AuthorEmail { get; }

    /// <summary>User B: approves and publishes others' reports, gives Part 2 grants and reads the audit log; writes nothing.</summary>
    public string ApproverEmail { get; }

    /// <summary>User C: SC vetting and ReadSensitivePublications, nothing else (Part 2 still needs a grant and a second factor).</summary>
    public string ReaderEmail { get; }

    public static async Task<PublicationsTenant> CreateAsync(IServiceProvider host)
    {
        var tenant = new PublicationsTenant("pubs" + Guid.NewGuid().ToString("N")[..8]);
        await RecipeTenant.CreateAsync(host, tenant.Name, tenant.Recipe());
        return tenant;
    }

    private string Recipe() => JsonSerializer.Serialize(new
    {
        name = "publications-browser-test",
        displayName = "Publications browser test",
        steps = new object[]
        {
            new { name = "themes", site = "Portal.Themes.GovUk" },
            new
            {
                name = "feature",
                // As the police-force recipe enables them; Part 2 needs OpenID validation for its API.
                enable = new[]
                {
                    "Portal.Users", "Portal.Users.Account", "Portal.Themes.Admin", "Portal.OpenId.Server", "Portal.OpenId.Validation",
                    "Portal.Publications", "Portal.Publications.Sensitive",
                },
            },
            new { name = "settings", properties = new { TimeZone = "Europe/London" } },
            new
            {
                name = "roles",
                roles = new object[]
                {
                    new { name = "Report author", description = "Writes decision reports and submits them.", permissions = new[] { "AccessAdminPanel", "ViewPublications", "EditPublications" } },
                    new
                    {
                        name = "Report approver", description = "Approves and publishes reports others wrote.",
                        permissions = new[] { "AccessAdminPanel", "ViewPublications", "ApprovePublications", "PublishPublications" },
                    },
                    new
                    {
                        name = "Records officer", description = "Gives Part 2 grants and reads the audit log.",
                        permissions = new[] { "AccessAdminPanel", "ManagePublicationGrants", "ViewAuditLog" },
                    },
                    new { name = "Part 2 reader", description = "Reads Part 2 of reports they hold a grant for.", permissions = new[] { "ReadSensitivePublications" } },
                },
            },
            new
            {
                name = "users",
                users = new object[]
                {
                    new { email = AuthorEmail, password = Password, displayName = "Alex Author", roles = new[] { "Report author" } },
                    new { email = ApproverEmail, password = Password, displayName = "Blake Approver", roles = new[] { "Report approver", "Records officer" } },
                    new { email = ReaderEmail, password = Password, displayName = "Casey Reader", roles = new[] { "Part 2 reader" }, vettingLevel = "SC" },
                },
            },
        },
    });
}
