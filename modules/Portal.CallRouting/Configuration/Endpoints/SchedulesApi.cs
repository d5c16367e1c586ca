using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Web;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Configuration.Endpoints;

/// <summary>
/// <c>/api/routing/schedules</c>: opening hours (weekly periods, date overrides, bank holidays) and
/// <c>schedules/{code}/override</c> to set or lift the manual override with a reason.
/// </summary>
public static class SchedulesApi
{
    private const string What = "schedule";

    public static void MapSchedules(RouteGroupBuilder routing)
    {
        var schedules = routing.MapGroup("/schedules").WithTags("Routing: schedules");
        schedules.MapGet("", ListAsync).RequireAuthorization(RoutingApiPolicies.Read);
        schedules.MapGet("/{code}", GetAsync).RequireAuthorization(RoutingApiPolicies.Read);
        schedules.MapPost("", CreateAsync).RequireAuthorization(RoutingApiPolicies.Write);
        schedules.MapPut("/{code}", UpdateAsync).RequireAuthorization(RoutingApiPolicies.Write);
        schedules.MapDelete("/{code}", DeleteAsync).RequireAuthorization(RoutingApiPolicies.Write);
        schedules.MapPost("/{code}/override", OverrideAsync).RequireAuthorization(RoutingApiPolicies.Write);
    }

    private static async Task<IResult> ListAsync(ScheduleRegistry registry, CancellationToken cancellationToken) =>
        Results.Ok(await registry.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string code, HttpContext http, ScheduleRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(code, cancellationToken) is { } schedule
            ? RegistryResponses.Ok(http, schedule, schedule.VersionId)
            : RegistryResponses.NotFound(What, code);

    private static async Task<IResult> CreateAsync(HttpContext http, ScheduleRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<ScheduleInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.CreateAsync(input!, cancellationToken);
        return result.Value is { } schedule
            ? RegistryResponses.Ok(http, schedule, schedule.VersionId, $"{http.Request.PathBase}/api/routing/schedules/{Uri.EscapeDataString(schedule.Code)}")
            : RegistryResponses.Refusal(result, What, input!.Code ?? "");
    }

    private static async Task<IResult> UpdateAsync(string code, HttpContext http, ScheduleRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<ScheduleInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.UpdateAsync(code, input!, ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Value is { } schedule ? RegistryResponses.Ok(http, schedule, schedule.VersionId) : RegistryResponses.Refusal(result, What, code);
    }

    private static async Task<IResult> DeleteAsync(string code, HttpContext http, ScheduleRegistry registry, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(code, ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Succeeded ? Results.NoContent() : RegistryResponses.Refusal(result, What, code, "usedBy");
    }

    private static async Task<IResult> OverrideAsync(string code, HttpContext http, ScheduleRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<ManualOverrideInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.OverrideAsync(code, input!, RequestActor.Of(http), ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Value is { } schedule ? RegistryResponses.Ok(http, schedule, schedule.VersionId) : RegistryResponses.Refusal(result, What, code);
    }
}
