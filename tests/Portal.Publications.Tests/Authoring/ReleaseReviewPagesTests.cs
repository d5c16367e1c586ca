using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports.Data;
using Portal.Publications.Tests.Support;
using static Portal.Publications.Tests.Authoring.AuthoringForms;

namespace Portal.Publications.Tests.Authoring;

/// <summary>The release-review tasks page: Part 2 sections of published reports whose release date has arrived, and recording a review.</summary>
public sealed class ReleaseReviewPagesTests(AuthoringFixture people) : IClassFixture<AuthoringFixture>
{
    private const string Reviews = "/admin/publications/tasks/release-reviews";

    [Fact]
    public async Task A_due_section_is_listed_an_editor_records_the_review_and_it_leaves_the_list()
    {
        var sectionId = await PublishWithPart2DueAsync("RR-DUE-1", "2020-01-31");
        await PublishWithPart2DueAsync("RR-LATER-1", "2099-01-31");

        var (status, page) = await GetAsync(people.Viewer, Reviews);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("RR-DUE-1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("RR-LATER-1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Mark as reviewed", page, StringComparison.Ordinal);
        Assert.Contains("Mark as reviewed", (await GetAsync(people.Editor, Reviews)).Html, StringComparison.Ordinal);

        var reviewed = await PostAsync(people.Editor, Reviews, $"{Reviews}/{sectionId}/reviewed");

        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.DoesNotContain("RR-DUE-1", (await GetAsync(people.Editor, Reviews)).Html, StringComparison.Ordinal);
        var by = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<PublicationsDbContext>().Part2Sections
            .Where(s => s.Id == sectionId).Select(s => s.ReleaseReviewedBy).SingleAsync());
        Assert.Equal(PublicationsApiFixture.EditorEmail, by);
    }

    [Fact]
    public async Task Recording_a_review_that_is_not_due_is_a_404_with_the_error_summary()
    {
        var refused = await PostAsync(people.Editor, Reviews, $"{Reviews}/{Guid.NewGuid()}/reviewed");

        await IsRefusedAsync(refused, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_viewer_may_not_record_a_review()
    {
        var sectionId = await PublishWithPart2DueAsync("RR-VIEWER-1", "2021-06-30");

        var refused = await PostAsync(people.Viewer, Reviews, $"{Reviews}/{sectionId}/reviewed");

        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"answered {(int)refused.StatusCode}");
        Assert.Contains("RR-VIEWER-1", (await GetAsync(people.Viewer, Reviews)).Html, StringComparison.Ordinal);
    }

    // Through the API, which the report pages' own tests cover: this class is about the tasks page.
    private async Task<Guid> PublishWithPart2DueAsync(string reference, string releaseOn)
    {
        var document = ReportDocuments.Valid(reference);
        var part2 = (Dictionary<string, object?>)((object[])document["part2"]!)[0];
        part2["releaseOn"] = releaseOn;
        var created = await people.Editor.PostAsync("/api/publications/reports", document);
        created.Is(HttpStatusCode.Created);
        (await people.Editor.PostAsync($"/api/publications/reports/{reference}/submit")).Is(HttpStatusCode.OK);
        (await people.Approver.PostAsync($"/api/publications/reports/{reference}/approve")).Is(HttpStatusCode.OK);
        (await people.Admin.PostAsync($"/api/publications/reports/{reference}/publish", new { changeNote = "" })).Is(HttpStatusCode.OK);
        return created.Body.GetProperty("part2")[0].GetProperty("id").GetGuid();
    }
}
