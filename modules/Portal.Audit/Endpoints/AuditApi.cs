using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Audit.Models;
using Portal.Audit.Services;

namespace Portal.Audit.Endpoints;

/// <summary>
/// <c>GET /api/audit</c> (search, a page at a time), <c>GET /api/audit/export.csv</c> and <c>.json</c> (every match,
/// streamed) and <c>POST /api/audit/verify</c> (walk the chain). Bad query values are a 400 naming the field.
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/api/audit").WithTags("Audit");

        audit.MapGet("", SearchAsync)
            .RequireAuthorization(Permissions.ViewAuditLog.Policy)
            .WithName("SearchAuditLog")
            .WithSummary("Audit entries, newest first: from, to (yyyy-MM-dd or ISO 8601), category, outcome, actor and q (contains), page, pageSize (1-500).")
            .Produces<AuditPageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        audit.MapGet("/export.csv", (HttpContext http, AuditSearch search) => Export(http, search, "text/csv", "csv", AuditCsv.WriteAsync))
            .RequireAuthorization(Permissions.ViewAuditLog.Policy)
            .WithName("ExportAuditLogCsv")
            .WithSummary("Every matching entry, oldest first, as CSV (RFC 4180, formula cells neutralised); same filters as the search.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        audit.MapGet("/export.json", (HttpContext http, AuditSearch search) => Export(http, search, "application/json", "json", AuditJson.WriteAsync))
            .RequireAuthorization(Permissions.ViewAuditLog.Policy)
            .WithName("ExportAuditLogJson")
            .WithSummary("Every matching entry, oldest first, as a JSON array; same filters as the search.")
            .Produces<AuditEntryResponse[]>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        audit.MapPost("/verify", VerifyAsync)
            .RequireAuthorization(Permissions.VerifyAuditLog.Policy)
            .WithName("VerifyAuditLog")
            .WithSummary("Recomputes every hash and link: intact with the count, or the first entry that breaks the chain.")
            .Produces<AuditVerificationResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return routes;
    }

    private static async Task<IResult> SearchAsync(HttpContext http, AuditSearch search, CancellationToken cancellationToken)
    {
        var (filter, errors) = AuditQueryParser.Parse(AuditQuery.FromRequest(http.Request.Query));
        if (filter is null)
        {
            return Invalid(errors);
        }

        var page = await search.PageAsync(filter, cancellationToken);
        return Results.Ok(new AuditPageResponse(page.Page, page.PageSize, page.Total, page.Entries.Select(AuditEntryResponse.From).ToList()));
    }

    private static IResult Export(HttpContext http, AuditSearch search, string contentType, string extension,
        Func<Stream, IAsyncEnumerable<AuditRecord>, CancellationToken, Task> write)
    {
        var (filter, errors) = AuditQueryParser.Parse(AuditQuery.FromRequest(http.Request.Query));
        if (filter is null)
        {
            return Invalid(errors);
        }

        var aborted = http.RequestAborted;
        var name = $"audit-{DateTime.UtcNow:yyyyMMdd-HHmmss}.{extension}";
        return Results.Stream(body => write(body, search.StreamAsync(filter), aborted), contentType, name);
    }

    private static async Task<IResult> VerifyAsync(AuditVerifier verifier, CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAsync(cancellationToken);
        return Results.Ok(new AuditVerificationResponse(result.Intact, result.Checked, result.BrokenAt, result.Reason, result.Summary));
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The search is not valid: correct the fields named.");
}
