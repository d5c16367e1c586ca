using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Attachments;
using Portal.Publications.Reports.Data;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Attachments;

public sealed class AttachmentsApiTests(PublicationsApiFixture people) : IClassFixture<PublicationsApiFixture>
{
    private const string Reports = "/api/publications/reports";

    [Fact]
    public async Task Uploaded_attachments_are_listed_and_a_publication_serves_each_under_its_own_classification()
    {
        var created = await CreateDraftAsync("ATT-FLOW-1");
        var pdf = AttachmentSnifferTests.Pdf();
        var docx = AttachmentSnifferTests.Docx();

        var first = await UploadAsync(people.Editor, "ATT-FLOW-1", pdf, "decision.pdf", "Decision notice", "OFFICIAL-PUBLIC", "application/pdf", ifMatch: created.ETag);
        first.Is(HttpStatusCode.Created);
        Assert.NotEqual(created.ETag, first.ETag);
        Assert.Equal("Pdf", first.Body.GetProperty("kind").GetString());
        Assert.Equal("OFFICIAL-PUBLIC", first.Body.GetProperty("classification").GetString());
        Assert.Equal(pdf.Length, first.Body.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), first.Body.GetProperty("sha256").GetString());
        var second = await UploadAsync(people.Editor, "ATT-FLOW-1", docx, "prices.docx", "Price schedule", "official-sensitive");
        second.Is(HttpStatusCode.Created);
        var publicId = first.Body.GetProperty("id").GetGuid();
        var sensitiveId = second.Body.GetProperty("id").GetGuid();

        var listed = await people.Viewer.GetAsync($"{Reports}/ATT-FLOW-1/attachments");
        listed.Is(HttpStatusCode.OK);
        Assert.Equal(second.ETag, listed.ETag);
        Assert.Equal(["decision.pdf", "prices.docx"], listed.Body.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()!).ToArray());

        await PublishAsync("ATT-FLOW-1");

        var (publicFile, sensitiveAsPublic, sensitiveFile) = await people.Factory.InTenantAsync("met", async sp =>
        {
            var files = sp.GetRequiredService<IReportAttachmentFiles>();
            return (await files.OpenPublicAsync("ATT-FLOW-1", publicId), await files.OpenPublicAsync("ATT-FLOW-1", sensitiveId), await files.OpenSensitiveAsync("ATT-FLOW-1", sensitiveId));
        });
        Assert.Equal(pdf, publicFile!.Content);
        Assert.Equal("application/pdf", publicFile.ContentType);
        Assert.Null(sensitiveAsPublic);
        Assert.Equal(docx, sensitiveFile!.Content);
        var audited = await people.Factory.InTenantAsync("met", sp =>
            sp.GetRequiredService<Portal.Audit.Data.AuditDbContext>().Entries.CountAsync(e => e.Action == "attachment-added" && e.Subject == "ATT-FLOW-1"));
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task A_file_named_pdf_whose_content_is_not_a_pdf_is_400_on_file_and_nothing_is_stored()
    {
        var created = await CreateDraftAsync("ATT-TYPE-1");

        var refused = await UploadAsync(people.Editor, "ATT-TYPE-1", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "report.pdf", "Report", "OFFICIAL-PUBLIC", "application/pdf");

        refused.IsProblemFor(HttpStatusCode.BadRequest, "file");
        await AssertNothingStoredAsync("ATT-TYPE-1", created.ETag);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_413_and_nothing_is_stored()
    {
        var created = await CreateDraftAsync("ATT-SIZE-1");
        var tooLarge = new byte[AttachmentLimits.DefaultMaxAttachmentBytes + 1];
        AttachmentSnifferTests.Pdf().CopyTo(tooLarge, 0);

        var refused = await UploadAsync(people.Editor, "ATT-SIZE-1", tooLarge, "big.pdf", "Big", "OFFICIAL-PUBLIC");

        refused.Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("application/problem+json", refused.ContentType);
        Assert.Equal(AttachmentLimits.DefaultMaxAttachmentBytes, refused.Body.GetProperty("maxBytes").GetInt64());
        await AssertNothingStoredAsync("ATT-SIZE-1", created.ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SECRET")]
    public async Task A_missing_or_unknown_classification_is_400_on_classification_and_nothing_is_stored(string? classification)
    {
        var reference = "ATT-CLASS-" + (classification?.Length ?? 9);
        var created = await CreateDraftAsync(reference);

        var refused = await UploadAsync(people.Editor, reference, AttachmentSnifferTests.Pdf(), "report.pdf", "Report", classification);

        refused.IsProblemFor(HttpStatusCode.BadRequest, "classification");
        await AssertNothingStoredAsync(reference, created.ETag);
    }

    [Fact]
    public async Task Missing_file_and_title_are_400_naming_both()
    {
        var created = await CreateDraftAsync("ATT-FIELDS-1");

        var refused = await UploadAsync(people.Editor, "ATT-FIELDS-1", null, null, null, "OFFICIAL-PUBLIC");

        refused.IsProblemFor(HttpStatusCode.BadRequest, "file");
        Assert.True(refused.Body.GetProperty("errors").TryGetProperty("title", out _), refused.Text);
        await AssertNothingStoredAsync("ATT-FIELDS-1", created.ETag);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_415()
    {
        await CreateDraftAsync("ATT-JSON-1");
        var token = await AttachmentUploads.AntiforgeryTokenAsync(people.Editor);

        var refused = await AttachmentUploads.PostAsync(people.Editor.Browser, $"/met{Reports}/ATT-JSON-1/attachments",
            new StringContent("{\"title\":\"x\"}", Encoding.UTF8, "application/json"), token);

        refused.Is(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("application/problem+json", refused.ContentType);
    }

    [Fact]
    public async Task An_unknown_report_is_404()
    {
        var refused = await UploadAsync(people.Editor, "ATT-NOBODY-1", AttachmentSnifferTests.Pdf(), "report.pdf", "Report", "OFFICIAL-PUBLIC");

        refused.Is(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", refused.ContentType);
        (await people.Viewer.GetAsync($"{Reports}/ATT-NOBODY-1/attachments")).Is(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_published_report_is_409_and_nothing_is_stored()
    {
        await CreateDraftAsync("ATT-PUB-1");
        var published = await PublishAsync("ATT-PUB-1");

        var refused = await UploadAsync(people.Editor, "ATT-PUB-1", AttachmentSnifferTests.Pdf(), "late.pdf", "Late", "OFFICIAL-PUBLIC");

        refused.Is(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refused.ContentType);
        await AssertNothingStoredAsync("ATT-PUB-1", published.ETag);
    }

    [Fact]
    public async Task Anonymous_is_401_and_nothing_is_stored()
    {
        var created = await CreateDraftAsync("ATT-ANON-1");
        using var anonymous = people.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var refused = await AttachmentUploads.PostAsync(anonymous, $"/met{Reports}/ATT-ANON-1/attachments",
            AttachmentUploads.Form(AttachmentSnifferTests.Pdf(), "report.pdf", "Report", "OFFICIAL-PUBLIC"));

        refused.Is(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/met{Reports}/ATT-ANON-1/attachments")).StatusCode);
        await AssertNothingStoredAsync("ATT-ANON-1", created.ETag);
    }

    [Fact]
    public async Task A_cookie_upload_without_the_antiforgery_token_is_400_and_nothing_is_stored()
    {
        var created = await CreateDraftAsync("ATT-CSRF-1");

        var refused = await AttachmentUploads.PostAsync(people.Editor.Browser, $"/met{Reports}/ATT-CSRF-1/attachments",
            AttachmentUploads.Form(AttachmentSnifferTests.Pdf(), "report.pdf", "Report", "OFFICIAL-PUBLIC"));
        var forged = await AttachmentUploads.PostAsync(people.Editor.Browser, $"/met{Reports}/ATT-CSRF-1/attachments",
            AttachmentUploads.Form(AttachmentSnifferTests.Pdf(), "report.pdf", "Report", "OFFICIAL-PUBLIC"), antiforgeryToken: "not-a-token");

        refused.Is(HttpStatusCode.BadRequest);
        forged.Is(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", forged.ContentType);
        await AssertNothingStoredAsync("ATT-CSRF-1", created.ETag);
    }

    [Fact]
    public async Task A_viewer_is_403_and_nothing_is_stored()
    {
        var created = await CreateDraftAsync("ATT-VIEWER-1");

        var refused = await UploadAsync(people.Viewer, "ATT-VIEWER-1", AttachmentSnifferTests.Pdf(), "report.pdf", "Report", "OFFICIAL-PUBLIC");

        refused.Is(HttpStatusCode.Forbidden);
        await AssertNothingStoredAsync("ATT-VIEWER-1", created.ETag);
    }

    [Fact]
    public async Task Removing_needs_if_match_and_deletes_a_never_published_file_for_good()
    {
        await CreateDraftAsync("ATT-DEL-1");
        var uploaded = await UploadAsync(people.Editor, "ATT-DEL-1", Encoding.UTF8.GetBytes("force,calls\nmet,120\n"), "calls.csv", "Calls", "OFFICIAL-PUBLIC", "text/csv");
        uploaded.Is(HttpStatusCode.Created);
        var id = uploaded.Body.GetProperty("id").GetGuid();
        var path = $"{Reports}/ATT-DEL-1/attachments/{id}";

        (await people.Editor.DeleteAsync(path)).Is(HttpStatusCode.PreconditionRequired);
        (await people.Editor.DeleteAsync(path, "\"" + Guid.NewGuid().ToString("N") + "\"")).Is(HttpStatusCode.Conflict);
        (await people.Editor.DeleteAsync($"{Reports}/ATT-DEL-1/attachments/{Guid.NewGuid()}", uploaded.ETag)).Is(HttpStatusCode.NotFound);
        (await people.Viewer.DeleteAsync(path, uploaded.ETag)).Is(HttpStatusCode.Forbidden);
        Assert.Single((await people.Viewer.GetAsync($"{Reports}/ATT-DEL-1/attachments")).Body.EnumerateArray());

        var removed = await people.Editor.DeleteAsync(path, uploaded.ETag);

        removed.Is(HttpStatusCode.NoContent);
        Assert.NotEqual(uploaded.ETag, removed.ETag);
        Assert.Empty((await people.Viewer.GetAsync($"{Reports}/ATT-DEL-1/attachments")).Body.EnumerateArray());
        var left = await people.Factory.InTenantAsync("met", async sp =>
        {
            var db = sp.GetRequiredService<PublicationsDbContext>();
            return await db.Attachments.CountAsync(a => a.Id == id) + await db.AttachmentContents.CountAsync(c => c.AttachmentId == id);
        });
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task Removing_from_a_published_report_is_409_and_a_removed_published_file_is_still_served_by_its_version()
    {
        await CreateDraftAsync("ATT-DEL-2");
        var pdf = AttachmentSnifferTests.Pdf();
        var uploaded = await UploadAsync(people.Editor, "ATT-DEL-2", pdf, "decision.pdf", "Decision", "OFFICIAL-PUBLIC");
        var id = uploaded.Body.GetProperty("id").GetGuid();
        var published = await PublishAsync("ATT-DEL-2");
        var path = $"{Reports}/ATT-DEL-2/attachments/{id}";

        (await people.Editor.DeleteAsync(path, published.ETag)).Is(HttpStatusCode.Conflict);

        var edited = await people.Editor.PutAsync($"{Reports}/ATT-DEL-2", ReportDocuments.Valid("ATT-DEL-2"), published.ETag);
        edited.Is(HttpStatusCode.OK);
        (await people.Editor.DeleteAsync(path, edited.ETag)).Is(HttpStatusCode.NoContent);

        Assert.Empty((await people.Viewer.GetAsync($"{Reports}/ATT-DEL-2/attachments")).Body.EnumerateArray());
        var served = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IReportAttachmentFiles>().OpenPublicAsync("ATT-DEL-2", id));
        Assert.Equal(pdf, served!.Content);
    }

    private async Task<ApiAnswer> CreateDraftAsync(string reference)
    {
        var created = await people.Editor.PostAsync(Reports, ReportDocuments.Valid(reference));
        created.Is(HttpStatusCode.Created);
        return created;
    }

    /// <summary>Submits (editor), approves (a second person) and publishes (admin) the report; the answer of the publication.</summary>
    private async Task<ApiAnswer> PublishAsync(string reference)
    {
        (await people.Editor.PostAsync($"{Reports}/{reference}/submit")).Is(HttpStatusCode.OK);
        (await people.Approver.PostAsync($"{Reports}/{reference}/approve")).Is(HttpStatusCode.OK);
        var published = await people.Admin.PostAsync($"{Reports}/{reference}/publish", new { changeNote = "" });
        published.Is(HttpStatusCode.OK);
        return published;
    }

    private static async Task<ApiAnswer> UploadAsync(PublicationsSession session, string reference, byte[]? content, string? fileName, string? title, string? classification,
        string? contentType = null, string? ifMatch = null)
    {
        var token = await AttachmentUploads.AntiforgeryTokenAsync(session);
        return await AttachmentUploads.PostAsync(session.Browser, $"/met{Reports}/{reference}/attachments",
            AttachmentUploads.Form(content, fileName, title, classification, contentType), token, ifMatch);
    }

    /// <summary>The report still has its ETag (no change was saved) and no attachment row or content exists for it.</summary>
    private async Task AssertNothingStoredAsync(string reference, string? etag)
    {
        Assert.Equal(etag, (await people.Admin.GetAsync($"{Reports}/{reference}")).ETag);
        var stored = await people.Factory.InTenantAsync("met", async sp =>
        {
            var db = sp.GetRequiredService<PublicationsDbContext>();
            var reportId = await db.Reports.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync();
            var ids = await db.Attachments.Where(a => a.ReportId == reportId).Select(a => a.Id).ToListAsync();
            return ids.Count + await db.AttachmentContents.CountAsync(c => ids.Contains(c.AttachmentId));
        });
        Assert.Equal(0, stored);
    }
}
