using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Web;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Reports.Endpoints;

/// <summary>Turns an authoring outcome into the API's answer: the report with its ETag, or problem+json saying why not.</summary>
internal static class ReportResults
{
    public static IResult From(HttpContext http, ReportOutcome outcome, SafeMarkdown markdown)
    {
        switch (outcome.Status)
        {
            case ReportOutcomeStatus.NotFound:
                return NotFound(outcome.Message);
            case ReportOutcomeStatus.Invalid:
                return Results.ValidationProblem(outcome.Errors, statusCode: StatusCodes.Status422UnprocessableEntity, title: outcome.Message);
            case ReportOutcomeStatus.Forbidden:
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not take this step on this report.", detail: outcome.Message);
            case ReportOutcomeStatus.Conflict:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The report cannot be changed that way now.", detail: outcome.Message);
            case ReportOutcomeStatus.PreconditionRequired:
                return Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.", detail: outcome.Message);
        }

        var report = outcome.Report!;
        http.Response.Headers.ETag = ETags.Format(report.Version.ToString("N"));
        http.Response.Headers.CacheControl = "no-store";
        var body = ReportResponses.Of(report, markdown);
        return outcome.Status == ReportOutcomeStatus.Created
            ? Results.Created($"{http.Request.PathBase}{ReportsApi.Prefix}/{report.Reference}", body)
            : Results.Ok(body);
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report.", detail: detail);
}
