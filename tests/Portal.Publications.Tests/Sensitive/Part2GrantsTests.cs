using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Tests.Support;
using Portal.Users.Models;

namespace Portal.Publications.Tests.Sensitive;

/// <summary>Grants (need to know): API and admin page, for ManagePublicationGrants only; bad input refused with nothing stored; audited.</summary>
public sealed class Part2GrantsTests(Part2Fixture portal) : IClassFixture<Part2Fixture>
{
    private static string Grants(string reference) => $"/api/publications/{reference}/grants";

    [Fact]
    public async Task A_grant_is_given_once_listed_and_taken_away_and_both_are_audited_and_reading_stops()
    {
        await portal.PublishAsync("GR-API-1", "Part 2 of GR-API-1");
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _ = reader;

        var given = await portal.GrantAsync("gr-api-1", " " + email.ToUpperInvariant() + " ");
        given.Is(HttpStatusCode.Created);
        Assert.Equal(email, given.Body.GetProperty("grantee").GetString());
        Assert.Equal("GR-API-1", given.Body.GetProperty("reference").GetString());
        Assert.Equal(PublicationsPortalFactory.AdminEmail, given.Body.GetProperty("grantedBy").GetString());
        (await portal.GrantAsync("GR-API-1", email)).Is(HttpStatusCode.OK);
        var list = await portal.Admin.GetAsync(Grants("GR-API-1"));
        list.Is(HttpStatusCode.OK);
        Assert.Equal(email, Assert.Single(list.Body.EnumerateArray()).GetProperty("grantee").GetString());
        (await reader.GetAsync("/api/publications/GR-API-1/part-2")).Is(HttpStatusCode.OK);

        (await portal.Admin.DeleteAsync(Grants("GR-API-1") + "/" + Uri.EscapeDataString(email))).Is(HttpStatusCode.NoContent);

        (await reader.GetAsync("/api/publications/GR-API-1/part-2")).Is(HttpStatusCode.Forbidden);
        Assert.Empty((await portal.Admin.GetAsync(Grants("GR-API-1"))).Body.EnumerateArray());
        (await portal.Admin.DeleteAsync(Grants("GR-API-1") + "/" + Uri.EscapeDataString(email))).Is(HttpStatusCode.NotFound);
        var changes = (await portal.AuditAsync("permissions")).Where(e => e.GetProperty("subject").GetString() == "GR-API-1").ToList();
        Assert.Equal(["part-2-grant-revoked", "part-2-grant-given"], changes.Select(e => e.GetProperty("action").GetString()));
        Assert.All(changes, e => Assert.Equal(PublicationsPortalFactory.AdminEmail, e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Deleting_an_account_takes_away_its_grants_audited_and_a_new_account_at_the_same_address_reads_nothing()
    {
        const string marker = "GR-DEL-5c81e2";
        await portal.PublishAsync("GR-DEL-1", marker);
        await portal.PublishAsync("GR-DEL-2", marker);
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        reader.Dispose();
        const string keeper = "keeper@publications-tests.example.org";
        (await portal.GrantAsync("GR-DEL-1", email)).Is(HttpStatusCode.Created);
        (await portal.GrantAsync("GR-DEL-2", email)).Is(HttpStatusCode.Created);
        (await portal.GrantAsync("GR-DEL-1", keeper)).Is(HttpStatusCode.Created);
        var id = await portal.Factory.InTenantAsync("met", async sp => (await sp.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id);

        var deleted = await portal.Admin.PostFormAsync($"/admin/users/{id}/delete", $"/admin/users/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var first = await portal.Admin.GetAsync(Grants("GR-DEL-1"));
        Assert.Equal([keeper], first.Body.EnumerateArray().Select(g => g.GetProperty("grantee").GetString()));
        Assert.Empty((await portal.Admin.GetAsync(Grants("GR-DEL-2"))).Body.EnumerateArray());
        var revocations = (await portal.AuditAsync("permissions"))
            .Where(e => e.GetProperty("action").GetString() == "part-2-grant-revoked" && e.GetProperty("detail").GetString() == $"from {email} (account deleted)")
            .Select(e => e.GetProperty("subject").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["GR-DEL-1", "GR-DEL-2"], revocations);

        // The next person given that address starts with no access at all.
        var created = await portal.Admin.PostFormAsync("/admin/users/create", "/admin/users/create",
        [
            new("DisplayName", "Next holder"), new("Email", email), new("Password", PublicationsPortalFactory.UserPassword),
            new("ConfirmPassword", PublicationsPortalFactory.UserPassword), new("VettingLevel", "SC"), new("Roles", Part2Fixture.ReaderRole),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var next = await PublicationsSession.SignInAsync(portal.Factory, email, PublicationsPortalFactory.UserPassword);
        await Part2Fixture.StepUpAsync(next);
        var read = await next.GetAsync("/api/publications/GR-DEL-1/part-2");
        read.Is(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(marker, read.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GR-BAD-1", """{"grantee":"not an email"}""", "grantee")]
    [InlineData("GR-BAD-2", """{"grantee":""}""", "grantee")]
    [InlineData("GR-BAD-3", """{"grantee":"client:has space"}""", "grantee")]
    [InlineData("GR-BAD-4", """{"grantee":42}""", "grantee")]
    [InlineData("GR-BAD-5", """{"grantee":"a@b.example","extra":1}""", "extra")]
    public async Task A_bad_grant_is_400_naming_the_field_and_nothing_is_stored(string reference, string body, string field)
    {
        await portal.PublishAsync(reference, "Part 2");

        var refused = await Api.SendAsync(portal.Admin.Browser, HttpMethod.Post, PublicationsSession.Tenant + Grants(reference), body, null);

        refused.IsProblemFor(HttpStatusCode.BadRequest, field);
        Assert.Empty((await portal.Admin.GetAsync(Grants(reference))).Body.EnumerateArray());
    }

    [Fact]
    public async Task Grants_refuse_unknown_reports_other_content_types_and_people_without_the_permission()
    {
        (await portal.GrantAsync("GR-NOWHERE-1", "a@b.example")).Is(HttpStatusCode.NotFound);
        (await portal.Admin.GetAsync(Grants("GR-NOWHERE-1"))).Is(HttpStatusCode.NotFound);
        await portal.PublishAsync("GR-REFUSE-1", "Part 2");
        var form = await Api.SendAsync(portal.Admin.Browser, HttpMethod.Post, PublicationsSession.Tenant + Grants("GR-REFUSE-1"), "grantee=a@b.example", null, "application/x-www-form-urlencoded");
        form.Is(HttpStatusCode.UnsupportedMediaType);

        var viewer = await portal.Viewer.PostAsync(Grants("GR-REFUSE-1"), new { grantee = PublicationsApiFixture.ViewerEmail });
        viewer.Is(HttpStatusCode.Forbidden);
        (await portal.Viewer.GetAsync(Grants("GR-REFUSE-1"))).Is(HttpStatusCode.Forbidden);
        using var anonymous = portal.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(PublicationsSession.Tenant + Grants("GR-REFUSE-1"))).StatusCode);
        Assert.Empty((await portal.Admin.GetAsync(Grants("GR-REFUSE-1"))).Body.EnumerateArray());
    }

    [Fact]
    public async Task The_grants_page_gives_and_takes_away_with_antiforgery_and_shows_errors_linked_to_the_field()
    {
        await portal.PublishAsync("GR-PAGE-1", "Part 2");
        const string page = "/admin/publications/GR-PAGE-1/grants";

        var bad = await portal.Admin.PostFormAsync(page, page, [new("Grantee", "nobody")]);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("govuk-error-summary", badHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#Grantee\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"nobody\"", badHtml, StringComparison.Ordinal);

        var given = await portal.Admin.PostFormAsync(page, page, [new("Grantee", "person@force.example")]);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var listed = await portal.Admin.Browser.GetStringAsync(PublicationsSession.Tenant + page);
        Assert.Contains("person@force.example may now read Part 2 of GR-PAGE-1", listed, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\">person@force.example</th>", listed, StringComparison.Ordinal);

        // Without the antiforgery token nothing changes.
        var forged = await portal.Admin.Browser.PostAsync(PublicationsSession.Tenant + page + "/revoke",
            new FormUrlEncodedContent([new("Grantee", "person@force.example")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Single((await portal.Admin.GetAsync(Grants("GR-PAGE-1"))).Body.EnumerateArray());

        var revoked = await portal.Admin.PostFormAsync(page, page + "/revoke", [new("Grantee", "person@force.example")]);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Empty((await portal.Admin.GetAsync(Grants("GR-PAGE-1"))).Body.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Admin.Browser.GetAsync(PublicationsSession.Tenant + "/admin/publications/GR-NOWHERE-1/grants")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.Viewer.Browser.GetAsync(PublicationsSession.Tenant + page)).StatusCode);
    }
}
