using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.CallRouting.WhatIf.Services;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.WhatIf.Endpoints;

/// <summary>
/// <c>/api/routing/what-if</c>: predicts a day for one or two plan versions side by side (Erlang C and the
/// simulation). It changes nothing, so it needs only the right to see routing and, for a token, <c>routing.read</c>.
/// <c>GET .../typical-profile/{version}</c> gives the built-in typical weekday for a version's centres and queues, a
/// starting point to edit.
/// </summary>
public static class WhatIfApi
{
    /// <summary>The routing APIs' one limit (<see cref="RoutingApiBody"/>); the page's upload uses it too.</summary>
    public const long MaxBodyBytes = RoutingApiBody.MaxBytes;

    public static IEndpointRouteBuilder MapRoutingWhatIfApi(this IEndpointRouteBuilder routes)
    {
        var whatIf = routes.MapGroup("/api/routing/what-if").WithTags("Call routing")
            .RequireAuthorization(Permissions.ViewRoutingPolicy, ApiScope.Policy("routing.read"));
        whatIf.MapPost("", CompareAsync);
        whatIf.MapGet("/typical-profile/{version:int}", TypicalProfileAsync);
        return routes;
    }

    private static async Task<IResult> CompareAsync(HttpRequest request, WhatIfService whatIf, CancellationToken cancellationToken)
    {
        if (JsonBody.RequireJson(request) is { } unsupported)
        {
            return unsupported;
        }

        var (input, problem) = await RoutingApiBody.Limit.ReadAsync(request, WhatIfRequestReader.ReadAsync);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await whatIf.CompareAsync(input!, cancellationToken);
        if (outcome.Errors is not null)
        {
            return Results.ValidationProblem(outcome.Errors, statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The what-if request cannot be run as sent.");
        }

        return outcome.MissingVersion is { } missing ? NotFound(missing) : Results.Ok(outcome.Comparison);
    }

    /// <remarks><c>?date=yyyy-mm-dd</c> applies centres' staffed hours on that day; without it every centre is staffed.</remarks>
    private static async Task<IResult> TypicalProfileAsync(int version, HttpRequest request, IWhatIfPlanVersions versions, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (request.Query.TryGetValue("date", out var text))
        {
            if (!DateOnly.TryParseExact(text.ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var parsed))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["Give the day as yyyy-mm-dd, for example 2026-12-02."] });
            }

            date = parsed;
        }

        return await versions.FindAsync(version, cancellationToken) is { } plan
            ? Results.Ok(TypicalWeekdayProfile.For(plan.Configuration, date))
            : NotFound(version);
    }

    private static IResult NotFound(int version) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such plan version.",
            detail: $"There is no plan version {version}.", extensions: new Dictionary<string, object?> { ["version"] = version });
}
