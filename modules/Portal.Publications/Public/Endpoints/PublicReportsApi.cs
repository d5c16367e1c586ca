using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Publications.Public.Models;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.Endpoints;

/// <summary>
/// The public read API, no token: <c>GET /api/public/publications</c> (search, filters, pages) and
/// <c>GET /api/public/publications/{reference}</c> (Part 1 only). It sits under <c>/api/public/</c> rather than
/// beside the authoring API's <c>/api/publications/{reference}</c>, so no reference can collide with it and the whole
/// anonymous API is one prefix a reviewer (or a gateway rule) can see at a glance.
/// </summary>
public static class PublicReportsApi
{
    public const string Path = "/api/public/publications";

    public static IEndpointRouteBuilder MapPublicReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).AllowAnonymous().WithTags("Publications (public)");
        group.MapGet("", List)
            .WithName("ListPublicReports")
            .WithSummary("Published decision reports, newest decision first: q (words), year, decisionMaker, tag, page, pageSize (1-100).")
            .Produces<PublicReportListResponse>()
            .ProducesValidationProblem();
        group.MapGet("{reference}", Get)
            .WithName("GetPublicReport")
            .WithSummary("A published report's Part 1, the exemptions its Part 2 is withheld under, its public attachments and versions.")
            .Produces<PublicReportResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> List(HttpRequest request, IPublishedReports reports, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var year = Number(request, "year", 1, 9999, "Must be a year, such as 2026.", errors);
        var page = Number(request, "page", 1, int.MaxValue, "Must be a page number from 1.", errors);
        var pageSize = Number(request, "pageSize", 1, PublishedReportQuery.MaxPageSize, $"Must be a number from 1 to {PublishedReportQuery.MaxPageSize}.", errors);
        foreach (var name in new[] { "q", "decisionMaker", "tag" })
        {
            if (request.Query[name].Count > 1)
            {
                errors[name] = [$"Give {name} once."];
            }
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The search is not valid.");
        }

        // Text of any length or with query syntax is read as plain words: it always gives a result.
        var query = new PublishedReportQuery(request.Query["q"].ToString(), year, request.Query["decisionMaker"].ToString(), request.Query["tag"].ToString(),
            page ?? 1, pageSize ?? PublishedReportQuery.DefaultPageSize);
        var results = await reports.SearchAsync(query, cancellationToken);
        return Results.Ok(new PublicReportListResponse(Reports.Domain.ClassificationMarkings.OfficialPublic,
            results.Items.Select(PublicReportSummaryResponse.From).ToList(), results.Total, results.Page, results.PageSize, results.TotalPages));
    }

    private static async Task<IResult> Get(string reference, IPublishedReports reports, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(reference, cancellationToken);
        return report is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No published report has this reference.", detail: $"Reference '{Shorten(reference)}' is not published here.")
            : Results.Ok(PublicReportResponse.From(report));
    }

    private static int? Number(HttpRequest request, string name, int min, int max, string reason, Dictionary<string, string[]> errors)
    {
        var values = request.Query[name];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrEmpty(values[0])))
        {
            return null;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [values.Count > 1 ? $"Give {name} once." : reason];
        return null;
    }

    // The reference is echoed back to help the caller, but never at any length.
    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
