using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Publications.Sensitive.Models;
using Portal.Publications.Sensitive.Services;

namespace Portal.Publications.Sensitive.Endpoints;

/// <summary>
/// <c>/api/publications/{reference}/part-2</c> and its attachments: the OFFICIAL-SENSITIVE Part 2 for a caller who
/// passes the OfficialSensitive policy under ReadSensitivePublications (SC vetting and a recent second factor, or a
/// token with the "sensitive" scope), whose token (if any) carries publications.sensitive, and who holds a grant for
/// the report. Answers are never stored; each read is audited by <see cref="Part2Reader"/>.
/// </summary>
public static class Part2Api
{
    public static IEndpointRouteBuilder MapPart2Api(this IEndpointRouteBuilder routes)
    {
        var part2 = routes.MapGroup(Part2Paths.ApiPrefix + "/{reference}/part-2").WithTags("Decision reports: Part 2 (OFFICIAL-SENSITIVE)");

        Sensitive(part2.MapGet("", GetAsync))
            .WithName("GetDecisionReportPart2")
            .WithSummary("Part 2 of the latest published version, marked OFFICIAL-SENSITIVE first and last; needs a grant for the report (403 without).")
            .Produces<Part2Response>();

        Sensitive(part2.MapGet("/attachments/{attachmentId:guid}", GetAttachmentAsync))
            .WithName("GetDecisionReportPart2Attachment")
            .WithSummary("An OFFICIAL-SENSITIVE attachment of Part 2, as a download; same rules as Part 2.")
            .Produces(StatusCodes.Status200OK);
        return routes;
    }

    private static RouteHandlerBuilder Sensitive(RouteHandlerBuilder endpoint) =>
        endpoint
            .RequireSensitiveRead(Permissions.ReadSensitivePublications);

    private static async Task<IResult> GetAsync(string reference, HttpContext http, Part2Reader reader, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(reference, http.User, cancellationToken);
        return read.Status == Part2ReadStatus.Read ? Results.Ok(Part2Responses.Of(read.Part!, http.Request.PathBase)) : Refusal(read.Status, reference);
    }

    private static async Task<IResult> GetAttachmentAsync(string reference, Guid attachmentId, HttpContext http, Part2Reader reader, CancellationToken cancellationToken)
    {
        var read = await reader.OpenAttachmentAsync(reference, attachmentId, http.User, cancellationToken);
        if (read.Status != Part2ReadStatus.Read)
        {
            return Refusal(read.Status, reference);
        }

        var file = read.File!;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // A download name makes this Content-Disposition: attachment, so no browser renders it in the portal's origin.
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    // The bodies name only the reference the caller sent: nothing of Part 2.
    internal static IResult Refusal(Part2ReadStatus status, string reference) => status == Part2ReadStatus.NoGrant
        ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You have no grant for this report's Part 2.",
            detail: "Reading Part 2 needs a grant for the report (need to know); ask a person who manages Part 2 grants.")
        : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such Part 2.",
            detail: $"There is no published Part 2 for '{reference}'.");
}
