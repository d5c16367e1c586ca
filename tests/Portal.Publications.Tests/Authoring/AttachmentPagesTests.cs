using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Attachments;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;
using Portal.Publications.Tests.Attachments;
using Portal.Publications.Tests.Support;
using static Portal.Publications.Tests.Authoring.AuthoringForms;

namespace Portal.Publications.Tests.Authoring;

/// <summary>The attachments page: the upload form (multipart, as a browser sends it) with the API's refusals in the error summary, the list and removal.</summary>
public sealed partial class AttachmentPagesTests(AuthoringFixture people) : IClassFixture<AuthoringFixture>
{
    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task A_pdf_is_uploaded_listed_and_removed_through_the_forms()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-OK-1"), "AP-OK-1");

        var uploaded = await UploadAsync(people.Editor, "AP-OK-1", AttachmentSnifferTests.Pdf(), "options.pdf", "Options appraisal", "OFFICIAL-PUBLIC");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var attachment = Assert.Single((await FindAsync("AP-OK-1")).Attachments);
        Assert.Equal((AttachmentKind.Pdf, Classification.OfficialPublic, "Options appraisal"), (attachment.Kind, attachment.Classification, attachment.Title));
        var (_, page) = await GetAsync(people.Editor, Attachments("AP-OK-1"));
        Assert.Contains("options.pdf", page, StringComparison.Ordinal);

        var removed = await PostAsync(people.Editor, Attachments("AP-OK-1"), $"{Attachments("AP-OK-1")}/{attachment.Id}/remove");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await FindAsync("AP-OK-1")).Attachments);
    }

    [Fact]
    public async Task A_file_whose_content_is_not_its_type_is_refused_on_the_file_field_and_nothing_is_stored()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-TYPE-1"), "AP-TYPE-1");

        var refused = await UploadAsync(people.Editor, "AP-TYPE-1", Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>"), "report.pdf", "Looks like a PDF", "OFFICIAL-PUBLIC");

        await IsRefusedAsync(refused, HttpStatusCode.BadRequest, "File");
        Assert.Empty((await FindAsync("AP-TYPE-1")).Attachments);
    }

    [Fact]
    public async Task Missing_title_classification_and_file_are_each_named_and_nothing_is_stored()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-EMPTY-1"), "AP-EMPTY-1");

        var refused = await UploadAsync(people.Editor, "AP-EMPTY-1", null, null, "", null);

        await IsRefusedAsync(refused, HttpStatusCode.BadRequest, "File", "Title", "Classification");
        Assert.Empty((await FindAsync("AP-EMPTY-1")).Attachments);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_413_on_the_file_field_and_nothing_is_stored()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-BIG-1"), "AP-BIG-1");
        var tooLarge = new byte[AttachmentLimits.DefaultMaxAttachmentBytes + 1];
        AttachmentSnifferTests.Pdf().CopyTo(tooLarge, 0);

        var refused = await UploadAsync(people.Editor, "AP-BIG-1", tooLarge, "big.pdf", "Too big", "OFFICIAL-PUBLIC");

        var html = await IsRefusedAsync(refused, HttpStatusCode.RequestEntityTooLarge, "File");
        Assert.Contains("too large", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await FindAsync("AP-BIG-1")).Attachments);
    }

    [Fact]
    public async Task An_upload_without_the_pages_antiforgery_token_stores_nothing()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-FORGED-1"), "AP-FORGED-1");

        var refused = await UploadAsync(people.Editor, "AP-FORGED-1", AttachmentSnifferTests.Pdf(), "options.pdf", "Forged", "OFFICIAL-PUBLIC", token: "");

        await IsRefusedAsync(refused, HttpStatusCode.BadRequest);
        Assert.Empty((await FindAsync("AP-FORGED-1")).Attachments);
    }

    [Fact]
    public async Task A_report_in_review_offers_no_upload_and_refuses_one()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-REVIEW-1"), "AP-REVIEW-1");
        IsSaved(await AddSectionAsync(people.Editor, "AP-REVIEW-1"), "AP-REVIEW-1");
        var (_, draftPage) = await GetAsync(people.Editor, Attachments("AP-REVIEW-1"));
        IsSaved(await StepAsync(people.Editor, "AP-REVIEW-1", "submit"), "AP-REVIEW-1");

        var (_, page) = await GetAsync(people.Editor, Attachments("AP-REVIEW-1"));
        var refused = await SendAsync(people.Editor, "AP-REVIEW-1", TokenPattern().Match(draftPage).Groups[1].Value, VersionOf(draftPage),
            AttachmentSnifferTests.Pdf(), "late.pdf", "Late", "OFFICIAL-PUBLIC");

        Assert.DoesNotContain(">Upload</button>", page, StringComparison.Ordinal);
        await IsRefusedAsync(refused, HttpStatusCode.Conflict);
        Assert.Empty((await FindAsync("AP-REVIEW-1")).Attachments);
    }

    [Fact]
    public async Task A_viewer_sees_the_list_without_forms_and_may_not_upload()
    {
        IsSaved(await CreateAsync(people.Editor, "AP-VIEWER-1"), "AP-VIEWER-1");

        var (status, page) = await GetAsync(people.Viewer, Attachments("AP-VIEWER-1"));
        var refused = await SendAsync(people.Viewer, "AP-VIEWER-1", TokenPattern().Match(page).Groups[1].Value, "", AttachmentSnifferTests.Pdf(), "x.pdf", "X", "OFFICIAL-PUBLIC");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(">Upload</button>", page, StringComparison.Ordinal);
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"answered {(int)refused.StatusCode}");
        Assert.Empty((await FindAsync("AP-VIEWER-1")).Attachments);
    }

    private static string Attachments(string reference) => $"{Report(reference)}/attachments";

    /// <summary>Opens the attachments page and sends its upload form as a browser does: token first, then the version, the fields and the file.</summary>
    private async Task<HttpResponseMessage> UploadAsync(PublicationsSession person, string reference, byte[]? content, string? fileName, string? title, string? classification,
        string? token = null)
    {
        var (status, page) = await GetAsync(person, Attachments(reference));
        Assert.Equal(HttpStatusCode.OK, status);
        return await SendAsync(person, reference, token ?? WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value), VersionOf(page), content, fileName, title, classification);
    }

    private static async Task<HttpResponseMessage> SendAsync(PublicationsSession person, string reference, string token, string version,
        byte[]? content, string? fileName, string? title, string? classification)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(version), "Version" },
        };
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        if (classification is not null)
        {
            form.Add(new StringContent(classification), "classification");
        }

        // A browser sends the file input even when no file was chosen: empty, with an empty file name.
        var file = new ByteArrayContent(content ?? []);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(content is null ? "application/octet-stream" : "application/pdf");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = $"\"{fileName ?? ""}\"" };
        form.Add(file);
        return await person.Browser.PostAsync(PublicationsSession.Tenant + Attachments(reference), form);
    }

    private async Task<DecisionReport> FindAsync(string reference) =>
        await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<ReportAuthoring>().FindAsync(reference, CancellationToken.None))
        ?? throw new InvalidOperationException($"No report {reference}.");
}
