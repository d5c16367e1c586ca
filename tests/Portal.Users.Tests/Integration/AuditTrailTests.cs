using System.Net;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>What the Users module writes to the tenant's audit log: sign-ins (never a password) and permission changes.</summary>
public sealed class AuditTrailTests(SensitivePortalFixture portal) : IClassFixture<SensitivePortalFixture>
{
    [Fact]
    public async Task Sign_in_failures_name_the_address_tried_and_never_the_password()
    {
        using var session = portal.Factory.CreateSession();
        const string Tried = "nobody-here@users-tests.example.org";
        const string Secret = "Never-Logged-Passw0rd!";

        await session.LoginAsync(Tried, Secret);
        await session.LoginAsync(UsersPortalFactory.AdminEmail, Secret);

        using var admin = await portal.Factory.AdminSessionAsync();
        var entries = await admin.AuditAsync("sign-in");
        var unknown = Assert.Single(entries, e => e.GetProperty("actor").GetString() == Tried);
        Assert.Equal("Failure", unknown.GetProperty("outcome").GetString());
        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == UsersPortalFactory.AdminEmail
            && e.GetProperty("outcome").GetString() == "Failure");
        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == UsersPortalFactory.AdminEmail
            && e.GetProperty("outcome").GetString() == "Success" && e.GetProperty("action").GetString() == "sign-in");
        Assert.All(entries, e => Assert.DoesNotContain(Secret, e.GetRawText()));
        Assert.All(entries, e => Assert.DoesNotContain(UsersPortalFactory.AdminPassword, e.GetRawText()));
    }

    [Fact]
    public async Task Changing_a_roles_permissions_is_audited_with_what_changed()
    {
        using var admin = await portal.Factory.AdminSessionAsync();
        var roleId = await admin.CreateRoleAsync("Audited role", "ReadSamples");

        var edit = await admin.PostFormAsync($"/admin/roles/{roleId}/edit", ("Description", "Changed"), ("Permissions", "ManageUsers"));

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var entry = Assert.Single(await admin.AuditAsync("permissions"), e => e.GetProperty("action").GetString() == "role-permissions-changed"
            && e.GetProperty("subject").GetString() == "Audited role");
        Assert.Equal("added: ManageUsers; removed: ReadSamples", entry.GetProperty("detail").GetString());
        Assert.Equal(UsersPortalFactory.AdminEmail, entry.GetProperty("actor").GetString());
    }
}
