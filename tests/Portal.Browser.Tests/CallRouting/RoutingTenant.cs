using System.Text.Json;

namespace Portal.Browser.Tests.CallRouting;

/// <summary>
/// A police force of its own for one test (no demo data): call routing and its traffic simulator, an editor who may
/// also approve (so the two-person rule, not a missing permission, is what refuses their own approval), and an
/// approver who may publish. Set up by a recipe, as the platform sets up any tenant.
/// </summary>
public sealed class RoutingTenant
{
    public const string Password = "Routing-Browser-Passw0rd-7!";

    private RoutingTenant(string name)
    {
        Name = name;
        EditorEmail = $"editor@{name}.police.test";
        ApproverEmail = $"approver@{name}.police.test";
    }

    public string Name { get; }

    /// <summary>The tenant's path base, as the browser addresses it.</summary>
    public string PathBase => "/" + Name;

    /// <summary>User A: EditRouting (and ApproveRouting, which the two-person rule must still refuse on their own version).</summary>
    public string EditorEmail { get; }

    /// <summary>User B: ApproveRouting and PublishRouting, no EditRouting.</summary>
    public string ApproverEmail { get; }

    public static async Task<RoutingTenant> CreateAsync(IServiceProvider host)
    {
        var tenant = new RoutingTenant("routing" + Guid.NewGuid().ToString("N")[..8]);
        await RecipeTenant.CreateAsync(host, tenant.Name, tenant.Recipe());
        return tenant;
    }

    private string Recipe() => JsonSerializer.Serialize(new
    {
        name = "routing-browser-test",
        displayName = "Call routing browser test",
        steps = new object[]
        {
            new { name = "themes", site = "Portal.Themes.GovUk" },
            new
            {
                name = "feature",
                enable = new[]
                {
                    "Portal.Users", "Portal.Users.Account", "Portal.Themes.Admin", "Portal.CallRouting", "Portal.CallRouting.Simulator",
                },
            },
            new { name = "settings", properties = new { TimeZone = "Europe/London" } },
            new
            {
                name = "roles",
                roles = new object[]
                {
                    new { name = "Editor", description = "Changes the force's call routing.", permissions = new[] { "ViewRouting", "EditRouting" } },
                    new { name = "Approver", description = "Approves routing plans others submitted.", permissions = new[] { "ViewRouting", "ApproveRouting" } },
                    new { name = "Publisher", description = "Publishes approved routing plans.", permissions = new[] { "ViewRouting", "PublishRouting" } },
                },
            },
            new
            {
                name = "users",
                users = new object[]
                {
                    new { email = EditorEmail, password = Password, displayName = "Alex Editor", roles = new[] { "Editor", "Approver" } },
                    new { email = ApproverEmail, password = Password, displayName = "Blake Approver", roles = new[] { "Approver", "Publisher" } },
                },
            },
        },
    });
}
