using System.Net;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// Two portal nodes on the same PostgreSQL database, each with its own data folder: the tenants' key rings live
/// in their schemas, so a cookie or an antiforgery token issued by one node is accepted by the other.
/// </summary>
[Collection(PostgresPortalCollection.Name)]
public sealed class TwoNodesOnPostgresTests(PostgresPortalFixture portal)
{
    [Theory]
    [InlineData("")]
    [InlineData("/met")]
    public async Task A_form_from_node_1_posts_to_node_2_and_its_cookie_works_on_node_1(string pathBase)
    {
        await using var node2 = new PostgresPortalFactory(portal.Database);
        var jar = new CookieContainer();
        using var onNode1 = portal.Node.CreateBrowser(jar);
        using var onNode2 = node2.CreateBrowser(jar);

        // The login form (and its antiforgery token and cookie) comes from node 1; node 2 accepts the post.
        var signedIn = await Browser.SignInAsync(onNode1, onNode2, pathBase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // Node 2 issued the authentication cookie; node 1 reads it.
        var admin = await onNode1.GetAsync($"{pathBase}/admin/users");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(PostgresPortalFactory.AdminEmail, await admin.Content.ReadAsStringAsync());
    }
}
