using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Web;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Configuration.Endpoints;

/// <summary>
/// <c>/api/routing/centres</c>: the force's contact centres, their service state (changed with a reason) and its
/// history. Reads need ViewRouting (+ scope routing.read for tokens), changes EditRouting (+ routing.write).
/// </summary>
public static class CentresApi
{
    private const string What = "centre";

    public static void MapCentres(RouteGroupBuilder routing)
    {
        var centres = routing.MapGroup("/centres").WithTags("Routing: centres");
        centres.MapGet("", ListAsync).RequireAuthorization(RoutingApiPolicies.Read);
        centres.MapGet("/{code}", GetAsync).RequireAuthorization(RoutingApiPolicies.Read);
        centres.MapGet("/{code}/history", HistoryAsync).RequireAuthorization(RoutingApiPolicies.Read);
        centres.MapPost("", CreateAsync).RequireAuthorization(RoutingApiPolicies.Write);
        centres.MapPut("/{code}", UpdateAsync).RequireAuthorization(RoutingApiPolicies.Write);
        centres.MapDelete("/{code}", DeleteAsync).RequireAuthorization(RoutingApiPolicies.Write);
        centres.MapPost("/{code}/state", ChangeStateAsync).RequireAuthorization(RoutingApiPolicies.Write);
    }

    private static async Task<IResult> ListAsync(CentreRegistry registry, CancellationToken cancellationToken) =>
        Results.Ok(await registry.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string code, HttpContext http, CentreRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(code, cancellationToken) is { } centre
            ? RegistryResponses.Ok(http, centre, centre.VersionId)
            : RegistryResponses.NotFound(What, code);

    private static async Task<IResult> HistoryAsync(string code, CentreRegistry registry, CancellationToken cancellationToken) =>
        await registry.HistoryAsync(code, cancellationToken) is { } history ? Results.Ok(history) : RegistryResponses.NotFound(What, code);

    private static async Task<IResult> CreateAsync(HttpContext http, CentreRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<CentreInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.CreateAsync(input!, cancellationToken);
        return result.Value is { } centre
            ? RegistryResponses.Ok(http, centre, centre.VersionId, $"{http.Request.PathBase}/api/routing/centres/{Uri.EscapeDataString(centre.Code)}")
            : RegistryResponses.Refusal(result, What, input!.Code ?? "");
    }

    private static async Task<IResult> UpdateAsync(string code, HttpContext http, CentreRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<CentreInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.UpdateAsync(code, input!, ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Value is { } centre ? RegistryResponses.Ok(http, centre, centre.VersionId) : RegistryResponses.Refusal(result, What, code);
    }

    private static async Task<IResult> DeleteAsync(string code, HttpContext http, CentreRegistry registry, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(code, ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Succeeded ? Results.NoContent() : RegistryResponses.Refusal(result, What, code, "queues");
    }

    private static async Task<IResult> ChangeStateAsync(string code, HttpContext http, CentreRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<CentreStateInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.ChangeStateAsync(code, input!, RequestActor.Of(http), cancellationToken);
        return result.Value is { } centre ? RegistryResponses.Ok(http, centre, centre.VersionId) : RegistryResponses.Refusal(result, What, code);
    }
}
