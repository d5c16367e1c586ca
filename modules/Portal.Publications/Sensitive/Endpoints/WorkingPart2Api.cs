using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Endpoints;
using Portal.Publications.Reports.Services;
using Portal.Publications.Sensitive.Models;
using Portal.Publications.Sensitive.Services;

namespace Portal.Publications.Sensitive.Endpoints;

/// <summary>
/// <c>/api/publications/reports/{reference}/part-2</c>: the authoring API's Part 2 with its bodies, so that the
/// people who write Part 2 can read back what they wrote; <c>.../versions/{number}/part-2</c>: Part 2 as a published
/// version had it. The report's own GET never carries a body: only this
/// address does, under the OfficialSensitive policy for EditPublications (SC vetting and a recent second factor, or
/// a token with the "sensitive" scope) and publications.sensitive, plus a grant for the report. Never stored by
/// browsers or proxies; every read audited by <see cref="WorkingPart2Reader"/>.
/// </summary>
public static class WorkingPart2Api
{
    public static IEndpointRouteBuilder MapWorkingPart2Api(this IEndpointRouteBuilder routes)
    {
        Editors(routes.MapGet(ReportsApi.Prefix + "/{reference}/part-2", GetAsync))
            .WithName("GetDecisionReportWorkingPart2")
            .WithSummary("The working copy's Part 2 with its bodies, marked OFFICIAL-SENSITIVE first and last, for an editor cleared for it who holds a grant for the report (403 without).")
            .Produces<WorkingPart2Response>();

        Editors(routes.MapGet(ReportsApi.Prefix + "/{reference}/versions/{number:int}/part-2", GetVersionAsync))
            .WithName("GetDecisionReportVersionPart2")
            .WithSummary("Part 2 as published version {number} of the report published it, on the same terms (404 when no such version or it had no Part 2).")
            .Produces<Part2Response>();
        return routes;
    }

    private static RouteHandlerBuilder Editors(RouteHandlerBuilder endpoint) =>
        endpoint
            .WithTags("Decision reports: Part 2 (OFFICIAL-SENSITIVE)")
            .RequireSensitiveRead(Permissions.EditPublications);

    private static async Task<IResult> GetVersionAsync(string reference, int number, HttpContext http, WorkingPart2Reader reader, CancellationToken cancellationToken)
    {
        var read = await reader.ReadVersionAsync(reference, number, http.User, cancellationToken);
        return read.Status == Part2ReadStatus.Read ? Results.Ok(Part2Responses.Of(read.Part!, http.Request.PathBase)) : Part2Api.Refusal(read.Status, reference);
    }

    private static async Task<IResult> GetAsync(string reference, HttpContext http, WorkingPart2Reader reader, SafeMarkdown markdown, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(reference, http.User, cancellationToken);
        if (read.Status != Part2ReadStatus.Read)
        {
            return Part2Api.Refusal(read.Status, reference);
        }

        var report = read.Report!;
        var etag = ETags.Format(report.Version.ToString("N"));
        http.Response.Headers.ETag = etag;
        return Results.Ok(new WorkingPart2Response(
            OfficialSensitive.Marking,
            report.Reference,
            report.Title,
            report.State.ToString(),
            etag,
            report.Part2.OrderBy(s => s.Position)
                .Select(s => new WorkingPart2SectionResponse(s.Id, s.Heading, s.Body, markdown.ToHtml(s.Body), Marking(s.Classification),
                    s.ExemptionBasis, s.ReleaseCondition.ToString(), s.ReleaseOn, s.ContractName))
                .ToList(),
            OfficialSensitive.Marking));
    }

    private static string Marking(Classification classification) => Enum.IsDefined(classification) ? classification.Marking() : "";
}
