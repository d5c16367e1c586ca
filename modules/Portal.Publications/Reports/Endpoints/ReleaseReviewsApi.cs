using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Reports.Endpoints;

/// <summary>
/// <c>/api/publications/release-reviews</c>: Part 2 sections whose release date has arrived, for an editor to review
/// (ViewPublications, publications.read), and recording a review (EditPublications, publications.write).
/// </summary>
public static class ReleaseReviewsApi
{
    public const string Prefix = "/api/publications/release-reviews";

    public static IEndpointRouteBuilder MapReleaseReviewsApi(this IEndpointRouteBuilder routes)
    {
        var reviews = routes.MapGroup(Prefix).WithTags("Decision reports");

        reviews.MapGet("", async (ReleaseReviews service, HttpContext http, CancellationToken cancellationToken) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(await service.DueAsync(cancellationToken));
            })
            .RequireAuthorization(Permissions.ViewPublications.Policy, ApiScope.Policy(Permissions.ReadScope))
            .WithName("ListReleaseReviews")
            .WithSummary("Part 2 sections of published reports whose release date has arrived and that no editor reviewed yet, oldest date first.")
            .Produces<ReleaseReviewResponse[]>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reviews.MapPost("/{sectionId:guid}/reviewed", async (Guid sectionId, ReleaseReviews service, HttpContext http, CancellationToken cancellationToken) =>
                await service.MarkReviewedAsync(sectionId, http.User, cancellationToken)
                    ? Results.NoContent()
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such review task.", detail: $"No Part 2 section {sectionId} is due for review."))
            .RequireAuthorization(Permissions.EditPublications.Policy, ApiScope.Policy(Permissions.WriteScope))
            .WithName("RecordReleaseReview")
            .WithSummary("Records that an editor reviewed the section; the task leaves the list until its release date changes. Publishes nothing.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return routes;
    }
}
