using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Portal.Abstractions.Shell;
using Portal.Publications.Attachments;
using Portal.Publications.Public.Services;
using Portal.Publications.Public.ViewModels;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.Controllers;

/// <summary>
/// The force's public reading site, no sign-in: the list with word search, filters and pages, each report's page
/// (Part 1, and of Part 2 only what it withholds and until when), its public attachments and the Atom feed. Everything
/// is read through <see cref="IPublishedReports"/> and <see cref="IReportAttachmentFiles.OpenPublicAsync"/>, whose
/// types hold no Part 2 body, so nothing sensitive can be drawn here by mistake. The pages are output-cached for
/// anonymous visitors until the next publication or withdrawal (<see cref="PublicPagesCachePolicy"/>); downloads are not.
/// </summary>
[AllowAnonymous]
[Route("publications")]
public sealed class PublicReportsController(IPublishedReports reports, IReportAttachmentFiles attachments, ShellSettings tenant, TimeProvider clock) : Controller
{
    /// <summary>How many reports the feed lists.</summary>
    public const int FeedSize = 50;

    /// <remarks>
    /// Numbers that are not numbers read as "not given" and long or odd text is read as plain words (the query
    /// cuts it), so any link a person can type gives a result page rather than an error.
    /// </remarks>
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPagesCachePolicy.Name)]
    public async Task<IActionResult> Index(string? q, string? year, string? decisionMaker, string? tag, string? page, CancellationToken cancellationToken)
    {
        var query = new PublishedReportQuery(q, QueryNumber.Parse(year), decisionMaker, tag, QueryNumber.Parse(page) ?? 1);
        var results = await reports.SearchAsync(query, cancellationToken);
        var filters = await reports.GetFiltersAsync(cancellationToken);
        return View(new PublicReportsSearchViewModel { Query = query, Filters = filters, Results = results });
    }

    [HttpGet("feed")]
    [OutputCache(PolicyName = PublicPagesCachePolicy.Name)]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var entries = await reports.GetFeedAsync(FeedSize, cancellationToken);
        var siteUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/publications";
        var document = AtomFeed.Build(siteUrl, ForceName, entries, clock.GetUtcNow());
        return Content(document.Declaration + "\n" + document.Root, AtomFeed.ContentType, Encoding.UTF8);
    }

    [HttpGet("{reference}")]
    [OutputCache(PolicyName = PublicPagesCachePolicy.Name)]
    public async Task<IActionResult> Show(string reference, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(reference, cancellationToken);
        return report is null ? ReportNotFound() : View(new PublicReportViewModel(report));
    }

    /// <summary>
    /// An OFFICIAL-PUBLIC attachment of a published, not withdrawn report: always a download, typed as its content
    /// was recognised, with <c>nosniff</c> so no browser runs it as something else.
    /// </summary>
    [HttpGet("{reference}/attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Attachment(string reference, Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await attachments.OpenPublicAsync(reference, attachmentId, cancellationToken);
        if (file is null)
        {
            return ReportNotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        // File(..., fileDownloadName) writes Content-Disposition: attachment (with the RFC 6266 filename* form).
        return File(file.Content, file.ContentType, file.FileName);
    }

    private string ForceName => string.IsNullOrWhiteSpace(tenant.DisplayName) ? tenant.Name : tenant.DisplayName;

    private ViewResult ReportNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound");
    }
}
