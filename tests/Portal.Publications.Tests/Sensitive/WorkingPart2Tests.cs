using System.Net;
using Portal.Abstractions.Security;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Sensitive;

/// <summary>
/// Editors read back the Part 2 they write: <c>/api/publications/reports/{reference}/part-2</c> gives the working
/// copy's Part 2 bodies to an editor cleared for OFFICIAL-SENSITIVE (SC, a recent second factor) who holds the
/// report's grant, marked first and last, never stored, each read audited; to nobody else. The report's own GET
/// never carries a Part 2 body, whoever asks.
/// </summary>
public sealed class WorkingPart2Tests(Part2Fixture portal) : IClassFixture<Part2Fixture>
{
    private const string EditorRole = "Editor";

    private static string Api(string reference) => $"{Part2Fixture.Reports}/{reference}/part-2";

    [Fact]
    public async Task A_cleared_editor_with_a_grant_reads_back_a_drafts_part_2_marked_not_stored_and_audited()
    {
        const string marker = "WP2-READ-8d1f0b";
        (await portal.Admin.PostAsync(Part2Fixture.Reports, ReportDocuments.Valid("WP2-READ-1", marker))).Is(HttpStatusCode.Created);
        var (editor, email) = await portal.PersonAsync(EditorRole, "SC", secondFactor: true);
        using var _ = editor;
        (await portal.GrantAsync("WP2-READ-1", email)).Is(HttpStatusCode.Created);

        var response = await editor.Browser.GetAsync(PublicationsSession.Tenant + Api("wp2-read-1"));
        var answer = await ApiAnswer.ReadAsync(response);
        var report = await editor.GetAsync($"{Part2Fixture.Reports}/WP2-READ-1");

        answer.Is(HttpStatusCode.OK);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.StartsWith("{\"marking\":\"OFFICIAL-SENSITIVE\"", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("\"closingMarking\":\"OFFICIAL-SENSITIVE\"}", answer.Text, StringComparison.Ordinal);
        Assert.Equal("Draft", answer.Body.GetProperty("state").GetString());
        var section = answer.Body.GetProperty("sections")[0];
        Assert.Equal(marker, section.GetProperty("markdown").GetString());
        Assert.Equal(OfficialSensitive.Marking, section.GetProperty("classification").GetString());
        // The same section and version the working copy names, so a replacement can keep it by id with If-Match.
        report.Is(HttpStatusCode.OK);
        Assert.Equal(report.Body.GetProperty("part2")[0].GetProperty("id").GetGuid(), section.GetProperty("id").GetGuid());
        Assert.Equal(report.ETag, answer.ETag);
        Assert.DoesNotContain(marker, report.Text, StringComparison.Ordinal);

        var reads = (await portal.AuditAsync("sensitive-read"))
            .Where(e => e.GetProperty("actor").GetString() == email && e.GetProperty("subject").GetString() == "WP2-READ-1").ToList();
        var read = Assert.Single(reads);
        Assert.Equal("part-2-working-copy-read", read.GetProperty("action").GetString());
        Assert.Equal("Success", read.GetProperty("outcome").GetString());
        Assert.Equal("working copy, Draft, 1 section(s)", read.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_cleared_editor_without_the_reports_grant_is_refused_403_and_the_refusal_is_audited()
    {
        const string marker = "WP2-NOGRANT-5ae2";
        (await portal.Admin.PostAsync(Part2Fixture.Reports, ReportDocuments.Valid("WP2-NOGRANT-1", marker))).Is(HttpStatusCode.Created);
        (await portal.Admin.PostAsync(Part2Fixture.Reports, ReportDocuments.Valid("WP2-NOGRANT-2", "Another report's Part 2"))).Is(HttpStatusCode.Created);
        var (editor, email) = await portal.PersonAsync(EditorRole, "SC", secondFactor: true);
        using var _ = editor;
        (await portal.GrantAsync("WP2-NOGRANT-2", email)).Is(HttpStatusCode.Created);

        var answer = await editor.GetAsync(Api("WP2-NOGRANT-1"));

        answer.Is(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.DoesNotContain(marker, answer.Text, StringComparison.Ordinal);
        var refusal = Assert.Single(await portal.AuditAsync("refusal"), e => e.GetProperty("actor").GetString() == email);
        Assert.Equal("part-2-refused", refusal.GetProperty("action").GetString());
        Assert.Equal("no grant for the report (working copy)", refusal.GetProperty("detail").GetString());
        Assert.DoesNotContain(await portal.AuditAsync("sensitive-read"), e => e.GetProperty("actor").GetString() == email);
    }

    [Theory]
    [InlineData(EditorRole, "BPSS", true)] // an editor without SC vetting
    [InlineData(EditorRole, "SC", false)] // an SC editor without a second factor in this session
    [InlineData(Part2Fixture.ReaderRole, "SC", true)] // cleared to read published Part 2, but no editor
    public async Task A_person_without_the_right_to_edit_sensitive_parts_is_refused_even_with_a_grant(string role, string vetting, bool secondFactor)
    {
        var reference = $"WP2-DENY-{role[..4].ToUpperInvariant()}-{vetting}-{secondFactor}".Replace("True", "2F").Replace("False", "1F");
        var marker = "WP2-DENY-MARK-" + Guid.NewGuid().ToString("N")[..8];
        (await portal.Admin.PostAsync(Part2Fixture.Reports, ReportDocuments.Valid(reference, marker))).Is(HttpStatusCode.Created);
        var (person, email) = await portal.PersonAsync(role, vetting, secondFactor);
        using var _ = person;
        (await portal.GrantAsync(reference, email)).Is(HttpStatusCode.Created);

        var response = await person.Browser.GetAsync(PublicationsSession.Tenant + Api(reference));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
        Assert.DoesNotContain(await portal.AuditAsync("sensitive-read"), e => e.GetProperty("actor").GetString() == email);
    }

    [Fact]
    public async Task A_cleared_editor_with_a_grant_reads_the_part_2_of_each_published_version_and_each_read_is_audited()
    {
        const string first = "WP2-V1-2b7e91";
        const string second = "WP2-V2-c06d44";
        await portal.PublishAsync("WP2-VER-1", first);
        var current = await portal.Admin.GetAsync($"{Part2Fixture.Reports}/WP2-VER-1");
        (await portal.Admin.PutAsync($"{Part2Fixture.Reports}/WP2-VER-1", ReportDocuments.Valid("WP2-VER-1", second), current.ETag)).Is(HttpStatusCode.OK);
        (await portal.Admin.PostAsync($"{Part2Fixture.Reports}/WP2-VER-1/submit")).Is(HttpStatusCode.OK);
        (await portal.Approver.PostAsync($"{Part2Fixture.Reports}/WP2-VER-1/approve")).Is(HttpStatusCode.OK);
        (await portal.Admin.PostAsync($"{Part2Fixture.Reports}/WP2-VER-1/publish", new { changeNote = "New prices." })).Is(HttpStatusCode.OK);
        var (editor, email) = await portal.PersonAsync(EditorRole, "SC", secondFactor: true);
        using var _ = editor;
        var refused = await editor.GetAsync($"{Part2Fixture.Reports}/WP2-VER-1/versions/1/part-2");
        (await portal.GrantAsync("WP2-VER-1", email)).Is(HttpStatusCode.Created);

        var response = await editor.Browser.GetAsync(PublicationsSession.Tenant + $"{Part2Fixture.Reports}/WP2-VER-1/versions/1/part-2");
        var one = await ApiAnswer.ReadAsync(response);
        var two = await editor.GetAsync($"{Part2Fixture.Reports}/wp2-ver-1/versions/2/part-2");

        refused.Is(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(first, refused.Text, StringComparison.Ordinal);
        one.Is(HttpStatusCode.OK);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.StartsWith("{\"marking\":\"OFFICIAL-SENSITIVE\"", one.Text, StringComparison.Ordinal);
        Assert.EndsWith("\"closingMarking\":\"OFFICIAL-SENSITIVE\"}", one.Text, StringComparison.Ordinal);
        Assert.Equal((1, first), (one.Body.GetProperty("version").GetInt32(), one.Body.GetProperty("sections")[0].GetProperty("markdown").GetString()));
        two.Is(HttpStatusCode.OK);
        Assert.Equal((2, second), (two.Body.GetProperty("version").GetInt32(), two.Body.GetProperty("sections")[0].GetProperty("markdown").GetString()));
        Assert.DoesNotContain(first, two.Text, StringComparison.Ordinal);
        (await editor.GetAsync($"{Part2Fixture.Reports}/WP2-VER-1/versions/3/part-2")).Is(HttpStatusCode.NotFound);
        (await editor.GetAsync($"{Part2Fixture.Reports}/WP2-VER-1/versions/0/part-2")).Is(HttpStatusCode.NotFound);

        var reads = (await portal.AuditAsync("sensitive-read"))
            .Where(e => e.GetProperty("actor").GetString() == email && e.GetProperty("subject").GetString() == "WP2-VER-1")
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("detail").GetString()))
            .ToList();
        Assert.Equal([("part-2-version-read", "version 2"), ("part-2-version-read", "version 1")], reads);
        var refusal = Assert.Single(await portal.AuditAsync("refusal"), e => e.GetProperty("actor").GetString() == email);
        Assert.Equal("no grant for the report (version 1)", refusal.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_reader_cleared_for_published_part_2_is_no_editor_and_is_refused_the_versions_too()
    {
        const string marker = "WP2-VREAD-41aa0c";
        await portal.PublishAsync("WP2-VREAD-1", marker);
        var (reader, email) = await portal.ReaderAsync("SC", secondFactor: true);
        using var _ = reader;
        (await portal.GrantAsync("WP2-VREAD-1", email)).Is(HttpStatusCode.Created);

        var refused = await reader.GetAsync($"{Part2Fixture.Reports}/WP2-VREAD-1/versions/1/part-2");

        refused.Is(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(marker, refused.Text, StringComparison.Ordinal);
        // The reader's own way to Part 2 still works.
        (await reader.GetAsync("/api/publications/WP2-VREAD-1/part-2")).Is(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_gets_401_and_an_unknown_report_or_one_without_part_2_gets_404()
    {
        var noPart2 = ReportDocuments.Valid("WP2-NONE-1");
        noPart2["part2"] = Array.Empty<object>();
        (await portal.Admin.PostAsync(Part2Fixture.Reports, noPart2)).Is(HttpStatusCode.Created);
        var (editor, _) = await portal.PersonAsync(EditorRole, "SC", secondFactor: true);
        using var __ = editor;
        using var anonymous = portal.Factory.CreateBrowser();

        var unauthenticated = await anonymous.GetAsync(PublicationsSession.Tenant + Api("WP2-NONE-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        (await editor.GetAsync(Api("WP2-NO-SUCH-REPORT"))).Is(HttpStatusCode.NotFound);
        (await editor.GetAsync(Api("WP2-NONE-1"))).Is(HttpStatusCode.NotFound);
    }
}
