using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.Publications.Sensitive.Models;
using Portal.Publications.Sensitive.Services;

namespace Portal.Publications.Sensitive.Endpoints;

/// <summary>
/// <c>/api/publications/{reference}/grants</c>: who may read the report's Part 2 (need to know). List, give
/// (<c>{ "grantee": "person@force.example" }</c> or <c>"client:&lt;id&gt;"</c>) and take away; needs
/// ManagePublicationGrants and, for a token, publications.sensitive. Every change is audited.
/// </summary>
public static class GrantsApi
{
    public static IEndpointRouteBuilder MapPart2GrantsApi(this IEndpointRouteBuilder routes)
    {
        var grants = routes.MapGroup(Part2Paths.ApiPrefix + "/{reference}/grants").WithTags("Decision reports: Part 2 grants");

        Managed(grants.MapGet("", ListAsync))
            .WithName("ListDecisionReportPart2Grants")
            .WithSummary("Everyone who holds a grant for the report's Part 2.")
            .Produces<GrantResponse[]>();

        Managed(grants.MapPost("", GrantAsync))
            .Accepts<GrantInput>("application/json")
            .WithName("GrantDecisionReportPart2")
            .WithSummary("Gives a person (email) or API client (\"client:<id>\") a grant: 201, or 200 when already held.")
            .Produces<GrantResponse>(StatusCodes.Status201Created)
            .Produces<GrantResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        Managed(grants.MapDelete("/{grantee}", RevokeAsync))
            .WithName("RevokeDecisionReportPart2")
            .WithSummary("Takes the grant away (404 when not held).")
            .Produces(StatusCodes.Status204NoContent);
        return routes;
    }

    private static RouteHandlerBuilder Managed(RouteHandlerBuilder endpoint) =>
        endpoint
            .RequireAuthorization(Permissions.ManagePublicationGrants.Policy, ApiScope.Policy(Permissions.SensitiveScope))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> ListAsync(string reference, ReportAccessGrants grants, CancellationToken cancellationToken)
    {
        var list = await grants.ListAsync(reference, cancellationToken);
        return list is null ? NoReport(reference) : Results.Ok(list.Select(Part2Responses.Of).ToList());
    }

    private static async Task<IResult> GrantAsync(string reference, HttpContext http, ReportAccessGrants grants, CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync<GrantInput>(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await grants.GrantAsync(reference, input!.Grantee, http.User, cancellationToken);
        return outcome.Status switch
        {
            GrantOutcomeStatus.NotFound => NoReport(reference),
            GrantOutcomeStatus.InvalidGrantee => Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["grantee"] = ["Enter the person's email address, or client:<id> for an API client."],
            }),
            GrantOutcomeStatus.Granted => Results.Created($"{http.Request.PathBase}{Part2Paths.ApiPrefix}/{outcome.Grant!.Reference}/grants/{Uri.EscapeDataString(outcome.Grant.Grantee)}",
                Part2Responses.Of(outcome.Grant)),
            _ => Results.Ok(Part2Responses.Of(outcome.Grant!)),
        };
    }

    private static async Task<IResult> RevokeAsync(string reference, string grantee, ReportAccessGrants grants, CancellationToken cancellationToken)
    {
        var outcome = await grants.RevokeAsync(reference, grantee, cancellationToken);
        return outcome.Status == GrantOutcomeStatus.Revoked
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such grant.", detail: $"'{grantee}' holds no grant for '{reference}'.");
    }

    private static IResult NoReport(string reference) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report.", detail: $"There is no report '{reference}'.");
}
