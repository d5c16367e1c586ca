using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Models;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Reports;

public sealed class ReportsApiTests(PublicationsApiFixture people) : IClassFixture<PublicationsApiFixture>
{
    private const string Reports = "/api/publications/reports";

    [Fact]
    public async Task An_author_writes_another_approves_and_the_publication_is_public_without_part_2()
    {
        const string marker = "CANARY-api-4d21";
        var created = await people.Editor.PostAsync(Reports, ReportDocuments.Valid("API-FLOW-1", marker));
        created.Is(HttpStatusCode.Created);
        Assert.Equal("Draft", created.Body.GetProperty("state").GetString());
        Assert.DoesNotContain(marker, created.Text, StringComparison.Ordinal);
        Assert.Equal("Executive summary", created.Body.GetProperty("part1")[0].GetProperty("heading").GetString());

        (await people.Editor.PostAsync($"{Reports}/API-FLOW-1/submit", ifMatch: created.ETag)).Is(HttpStatusCode.OK);
        (await people.Editor.PostAsync($"{Reports}/API-FLOW-1/approve")).Is(HttpStatusCode.Forbidden);
        (await people.Approver.PostAsync($"{Reports}/API-FLOW-1/approve")).Is(HttpStatusCode.OK);
        (await people.Editor.PostAsync($"{Reports}/API-FLOW-1/publish")).Is(HttpStatusCode.Forbidden);
        var published = await people.Admin.PostAsync($"{Reports}/api-flow-1/publish", new { changeNote = "" });
        published.Is(HttpStatusCode.OK);
        Assert.Equal(1, published.Body.GetProperty("publishedVersion").GetInt32());

        var report = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IPublishedReports>().GetAsync("API-FLOW-1"));
        Assert.NotNull(report);
        Assert.Equal("First published.", Assert.Single(report.Versions).ChangeNote);
        Assert.Contains("<strong>2027</strong>", report.Sections[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, System.Text.Json.JsonSerializer.Serialize(report), StringComparison.Ordinal);
        var part2 = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<ISensitiveParts>().GetAsync("API-FLOW-1"));
        Assert.Equal(marker, Assert.Single(part2!.Sections).Markdown);
    }

    [Fact]
    public async Task The_author_approving_their_own_report_is_refused_and_audited()
    {
        var created = await people.Admin.PostAsync(Reports, ReportDocuments.Valid("API-OWN-1"));
        created.Is(HttpStatusCode.Created);
        (await people.Admin.PostAsync($"{Reports}/API-OWN-1/submit")).Is(HttpStatusCode.OK);

        var refused = await people.Admin.PostAsync($"{Reports}/API-OWN-1/approve");

        refused.Is(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.Equal("InReview", (await people.Admin.GetAsync($"{Reports}/API-OWN-1")).Body.GetProperty("state").GetString());
        var refusals = await people.Factory.InTenantAsync("met", async sp =>
            await sp.GetRequiredService<Portal.Audit.Data.AuditDbContext>().Entries.CountAsync(e => e.Action == "report-approved" && e.Subject == "API-OWN-1" && e.Outcome == "Refused"));
        Assert.Equal(1, refusals);
    }

    [Fact]
    public async Task Publishing_a_report_that_is_not_approved_is_forbidden_and_changes_nothing()
    {
        var created = await people.Editor.PostAsync(Reports, ReportDocuments.Valid("API-UNAPPROVED-1"));
        created.Is(HttpStatusCode.Created);

        var refused = await people.Admin.PostAsync($"{Reports}/API-UNAPPROVED-1/publish", new { changeNote = "Now" });

        refused.Is(HttpStatusCode.Forbidden);
        var after = await people.Admin.GetAsync($"{Reports}/API-UNAPPROVED-1");
        Assert.Equal("Draft", after.Body.GetProperty("state").GetString());
        Assert.Equal(created.ETag, after.ETag);
        Assert.Null(await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IPublishedReports>().GetAsync("API-UNAPPROVED-1")));
    }

    [Fact]
    public async Task A_section_without_classification_is_422_with_its_path_and_nothing_is_stored()
    {
        var document = ReportDocuments.Valid("API-BAD-1");
        ((Dictionary<string, object?>)((object[])document["part2"]!)[0])["classification"] = null;
        ((Dictionary<string, object?>)((object[])document["part1"]!)[1])["classification"] = "SECRET";

        var refused = await people.Editor.PostAsync(Reports, document);

        refused.IsProblemFor(HttpStatusCode.UnprocessableEntity, "part2[0].classification");
        refused.IsProblemFor(HttpStatusCode.UnprocessableEntity, "part1[1].classification");
        (await people.Editor.GetAsync($"{Reports}/API-BAD-1")).Is(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sensitive_content_in_part_1_is_refused()
    {
        var document = ReportDocuments.Valid("API-BAD-2");
        ((Dictionary<string, object?>)((object[])document["part1"]!)[0])["classification"] = "OFFICIAL-SENSITIVE";

        (await people.Editor.PostAsync(Reports, document)).IsProblemFor(HttpStatusCode.UnprocessableEntity, "part1[0].classification");
    }

    [Fact]
    public async Task Unreadable_bodies_are_400_or_415_and_store_nothing()
    {
        var unknownField = ReportDocuments.Valid("API-BAD-3");
        unknownField["colour"] = "red";
        (await people.Editor.PostAsync(Reports, unknownField)).IsProblemFor(HttpStatusCode.BadRequest, "colour");

        var badDate = ReportDocuments.Valid("API-BAD-3");
        badDate["decisionDate"] = "yesterday";
        (await people.Editor.PostAsync(Reports, badDate)).IsProblemFor(HttpStatusCode.BadRequest, "decisionDate");

        var form = await Api.SendAsync(people.Editor.Browser, HttpMethod.Post, "/met" + Reports, "reference=API-BAD-3", null, "application/x-www-form-urlencoded");
        form.Is(HttpStatusCode.UnsupportedMediaType);

        (await people.Editor.GetAsync($"{Reports}/API-BAD-3")).Is(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_duplicate_or_malformed_reference_is_422()
    {
        (await people.Editor.PostAsync(Reports, ReportDocuments.Valid("API-DUP-1"))).Is(HttpStatusCode.Created);

        (await people.Editor.PostAsync(Reports, ReportDocuments.Valid("api-dup-1"))).IsProblemFor(HttpStatusCode.UnprocessableEntity, "reference");
        (await people.Editor.PostAsync(Reports, ReportDocuments.Valid("../etc"))).IsProblemFor(HttpStatusCode.UnprocessableEntity, "reference");
    }

    [Theory]
    [InlineData("feed")] // /publications/feed is the Atom feed
    [InlineData("Feed")]
    [InlineData("REPORTS")] // /api/publications/reports is this API
    [InlineData("release-reviews")] // /api/publications/release-reviews
    public async Task A_reference_that_a_fixed_address_would_shadow_is_422_and_nothing_is_stored(string reference)
    {
        var refused = await people.Editor.PostAsync(Reports, ReportDocuments.Valid(reference));

        refused.IsProblemFor(HttpStatusCode.UnprocessableEntity, "reference");
        Assert.Contains("fixed address", refused.Body.GetProperty("errors").GetProperty("reference")[0].GetString(), StringComparison.Ordinal);
        var stored = await people.Factory.InTenantAsync("met", sp =>
            sp.GetRequiredService<PublicationsDbContext>().Reports.AnyAsync(r => r.Reference == reference.ToUpperInvariant()));
        Assert.False(stored);
        // A reference that only contains such a word is an ordinary one.
        (await people.Editor.PostAsync(Reports, ReportDocuments.Valid(reference + "-" + Guid.NewGuid().ToString("N")[..8]))).Is(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Edits_need_the_current_etag()
    {
        var created = await people.Editor.PostAsync(Reports, ReportDocuments.Valid("API-ETAG-1"));
        var changed = ReportDocuments.Valid("API-ETAG-1");
        changed["title"] = "A better title";

        (await people.Editor.PutAsync($"{Reports}/API-ETAG-1", changed, null)).Is(HttpStatusCode.PreconditionRequired);
        var updated = await people.Editor.PutAsync($"{Reports}/API-ETAG-1", changed, created.ETag);
        updated.Is(HttpStatusCode.OK);
        Assert.NotEqual(created.ETag, updated.ETag);

        changed["title"] = "Lost update";
        (await people.Editor.PutAsync($"{Reports}/API-ETAG-1", changed, created.ETag)).Is(HttpStatusCode.Conflict);
        Assert.Equal("A better title", (await people.Editor.GetAsync($"{Reports}/API-ETAG-1")).Body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Part_2_bodies_are_kept_by_id_and_never_sent_back()
    {
        const string marker = "CANARY-keep-9911";
        var created = await people.Editor.PostAsync(Reports, ReportDocuments.Valid("API-KEEP-1", marker));
        var section = created.Body.GetProperty("part2")[0];
        Assert.Equal(marker.Length, section.GetProperty("bodyLength").GetInt32());
        Assert.False(section.TryGetProperty("body", out _));

        var changed = ReportDocuments.Valid("API-KEEP-1");
        var part2 = (Dictionary<string, object?>)((object[])changed["part2"]!)[0];
        part2["id"] = section.GetProperty("id").GetGuid();
        part2.Remove("body");
        var updated = await people.Editor.PutAsync($"{Reports}/API-KEEP-1", changed, created.ETag);

        updated.Is(HttpStatusCode.OK);
        Assert.DoesNotContain(marker, updated.Text, StringComparison.Ordinal);
        var stored = await people.Factory.InTenantAsync("met", async sp =>
            await sp.GetRequiredService<PublicationsDbContext>().Part2Sections.AsNoTracking().SingleAsync(s => s.Id == section.GetProperty("id").GetGuid()));
        Assert.Equal(marker, stored.Body);
    }

    [Fact]
    public async Task An_unknown_reference_is_404_for_every_operation()
    {
        (await people.Admin.GetAsync($"{Reports}/NOPE-1")).Is(HttpStatusCode.NotFound);
        (await people.Admin.PutAsync($"{Reports}/NOPE-1", ReportDocuments.Valid("NOPE-1"), "\"x\"")).Is(HttpStatusCode.NotFound);
        (await people.Admin.DeleteAsync($"{Reports}/NOPE-1")).Is(HttpStatusCode.NotFound);
        foreach (var step in new[] { "submit", "approve", "return", "publish", "withdraw" })
        {
            var answer = await people.Admin.PostAsync($"{Reports}/NOPE-1/{step}");
            answer.Is(HttpStatusCode.NotFound);
            Assert.Equal("application/problem+json", answer.ContentType);
        }
    }

    [Fact]
    public async Task Withdrawal_keeps_a_public_notice_and_a_new_version_needs_a_change_note()
    {
        await PublishAsync("API-WD-1");
        var current = await people.Admin.GetAsync($"{Reports}/API-WD-1");
        var changed = ReportDocuments.Valid("API-WD-1");
        changed["title"] = "Replacing the control room telephony (revised)";
        var edited = await people.Editor.PutAsync($"{Reports}/API-WD-1", changed, current.ETag);
        edited.Is(HttpStatusCode.OK);
        Assert.Equal("Draft", edited.Body.GetProperty("state").GetString());
        Assert.Equal("Replacing the control room telephony",
            (await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IPublishedReports>().GetAsync("API-WD-1")))!.Title);
        (await people.Editor.PostAsync($"{Reports}/API-WD-1/submit")).Is(HttpStatusCode.OK);
        (await people.Approver.PostAsync($"{Reports}/API-WD-1/approve")).Is(HttpStatusCode.OK);
        (await people.Admin.PostAsync($"{Reports}/API-WD-1/publish")).IsProblemFor(HttpStatusCode.UnprocessableEntity, "changeNote");
        (await people.Admin.PostAsync($"{Reports}/API-WD-1/publish", new { changeNote = "Title revised." })).Is(HttpStatusCode.OK);

        (await people.Admin.PostAsync($"{Reports}/API-WD-1/withdraw", new { reason = " " })).IsProblemFor(HttpStatusCode.UnprocessableEntity, "reason");
        (await people.Admin.PostAsync($"{Reports}/API-WD-1/withdraw", new { reason = "Superseded by a later decision." })).Is(HttpStatusCode.OK);

        var report = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IPublishedReports>().GetAsync("API-WD-1"));
        Assert.NotNull(report);
        Assert.Equal("Superseded by a later decision.", report.Withdrawal!.Reason);
        Assert.Empty(report.Sections);
        Assert.Equal(["Title revised.", "First published."], report.Versions.Select(v => v.ChangeNote));
        (await people.Admin.DeleteAsync($"{Reports}/API-WD-1")).Is(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Viewers_read_but_change_nothing_and_anonymous_is_401()
    {
        (await people.Viewer.GetAsync(Reports)).Is(HttpStatusCode.OK);
        (await people.Viewer.PostAsync(Reports, ReportDocuments.Valid("API-VIEWER-1"))).Is(HttpStatusCode.Forbidden);
        (await people.Viewer.GetAsync($"{Reports}?state=Sideways")).IsProblemFor(HttpStatusCode.BadRequest, "state");
        using var anonymous = people.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/met" + Reports)).StatusCode);
    }

    [Fact]
    public async Task A_read_token_changes_nothing()
    {
        using var reader = await people.Factory.BearerClientAsync("publications.read");
        (await Api.SendAsync(reader, HttpMethod.Get, "/met" + Reports, null, null)).Is(HttpStatusCode.OK);
        (await Api.SendAsync(reader, HttpMethod.Post, "/met" + Reports, ReportDocuments.Valid("API-TOKEN-1"), null)).Is(HttpStatusCode.Forbidden);

        using var writer = await people.Factory.BearerClientAsync("publications.write");
        (await Api.SendAsync(writer, HttpMethod.Post, "/met" + Reports, ReportDocuments.Valid("API-TOKEN-1"), null)).Is(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_part_2_release_date_that_arrived_makes_a_review_task_and_publishes_nothing()
    {
        var due = ReportDocuments.Valid("API-RELEASE-1");
        ((Dictionary<string, object?>)((object[])due["part2"]!)[0])["releaseOn"] = "2020-01-31";
        await PublishAsync("API-RELEASE-1", due);
        await PublishAsync("API-RELEASE-2");

        var tasks = await people.Viewer.GetAsync("/api/publications/release-reviews");
        tasks.Is(HttpStatusCode.OK);
        var task = Assert.Single(tasks.Body.EnumerateArray(), t => t.GetProperty("reference").GetString()!.StartsWith("API-RELEASE-", StringComparison.Ordinal));
        Assert.Equal("API-RELEASE-1", task.GetProperty("reference").GetString());
        var section = task.GetProperty("sectionId").GetGuid();

        (await people.Viewer.PostAsync($"/api/publications/release-reviews/{section}/reviewed")).Is(HttpStatusCode.Forbidden);
        (await people.Editor.PostAsync($"/api/publications/release-reviews/{section}/reviewed")).Is(HttpStatusCode.NoContent);
        (await people.Editor.PostAsync($"/api/publications/release-reviews/{section}/reviewed")).Is(HttpStatusCode.NotFound);
        (await people.Editor.PostAsync($"/api/publications/release-reviews/{Guid.NewGuid()}/reviewed")).Is(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await people.Viewer.GetAsync("/api/publications/release-reviews")).Body.EnumerateArray(),
            t => t.GetProperty("reference").GetString() == "API-RELEASE-1");
        var part2 = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<ISensitiveParts>().GetAsync("API-RELEASE-1"));
        Assert.Single(part2!.Sections);
        Assert.DoesNotContain((await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IPublishedReports>().GetAsync("API-RELEASE-1")))!.Sections,
            s => s.Heading == "Commercial detail");
    }

    private async Task PublishAsync(string reference, Dictionary<string, object?>? document = null)
    {
        (await people.Editor.PostAsync(Reports, document ?? ReportDocuments.Valid(reference))).Is(HttpStatusCode.Created);
        (await people.Editor.PostAsync($"{Reports}/{reference}/submit")).Is(HttpStatusCode.OK);
        (await people.Approver.PostAsync($"{Reports}/{reference}/approve")).Is(HttpStatusCode.OK);
        (await people.Admin.PostAsync($"{Reports}/{reference}/publish")).Is(HttpStatusCode.OK);
    }
}
