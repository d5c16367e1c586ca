using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Publications.Sensitive.Services;
using Portal.Publications.Sensitive.ViewModels;

namespace Portal.Publications.Sensitive.Controllers;

/// <summary>
/// <c>/publications/{reference}/part-2</c>: the OFFICIAL-SENSITIVE Part 2 page and its attachments. The
/// OfficialSensitive policy under ReadSensitivePublications runs first (sign-in, then SC vetting and a recent second
/// factor: step-up), then <see cref="Part2Reader"/> asks for the grant and audits the read. The marking is drawn at
/// the top and bottom by the layout; nothing here is stored by browsers, proxies or the output cache.
/// </summary>
[Feature("Portal.Publications.Sensitive")]
[Route("publications/{reference}/part-2")]
[Authorize(Policy = ReadPolicy)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class Part2Controller(Part2Reader reader) : Controller
{
    // Attribute arguments must be constants: OfficialSensitive.PolicyFor(Permissions.ReadSensitivePublications).
    public const string ReadPolicy = OfficialSensitive.PolicyPrefix + "ReadSensitivePublications";

    [HttpGet("")]
    public async Task<IActionResult> Index(string reference, CancellationToken cancellationToken)
    {
        SensitiveReads.MarkNoStore(Response);
        var read = await reader.ReadAsync(reference, User, cancellationToken);
        if (read.Status != Part2ReadStatus.Read)
        {
            return Refused(read.Status, reference);
        }

        ViewData["Classification"] = OfficialSensitive.Marking;
        return View(new Part2ViewModel(read.Part!));
    }

    [HttpGet("attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Attachment(string reference, Guid attachmentId, CancellationToken cancellationToken)
    {
        SensitiveReads.MarkNoStore(Response);
        var read = await reader.OpenAttachmentAsync(reference, attachmentId, User, cancellationToken);
        if (read.Status != Part2ReadStatus.Read)
        {
            return Refused(read.Status, reference);
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        // A download name makes this Content-Disposition: attachment, so no browser renders it in the portal's origin.
        return File(read.File!.Content, read.File.ContentType, read.File.FileName);
    }

    private ViewResult Refused(Part2ReadStatus status, string reference)
    {
        Response.StatusCode = status == Part2ReadStatus.NoGrant ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View(status == Part2ReadStatus.NoGrant ? "NoGrant" : "NotFound", reference);
    }
}
