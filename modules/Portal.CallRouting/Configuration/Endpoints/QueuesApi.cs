using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Web;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Configuration.Endpoints;

/// <summary><c>/api/routing/queues</c>: the queues calls wait in, and the centres (with preferences) that serve them.</summary>
public static class QueuesApi
{
    private const string What = "queue";

    public static void MapQueues(RouteGroupBuilder routing)
    {
        var queues = routing.MapGroup("/queues").WithTags("Routing: queues");
        queues.MapGet("", ListAsync).RequireAuthorization(RoutingApiPolicies.Read);
        queues.MapGet("/{code}", GetAsync).RequireAuthorization(RoutingApiPolicies.Read);
        queues.MapPost("", CreateAsync).RequireAuthorization(RoutingApiPolicies.Write);
        queues.MapPut("/{code}", UpdateAsync).RequireAuthorization(RoutingApiPolicies.Write);
        queues.MapDelete("/{code}", DeleteAsync).RequireAuthorization(RoutingApiPolicies.Write);
    }

    private static async Task<IResult> ListAsync(QueueRegistry registry, CancellationToken cancellationToken) =>
        Results.Ok(await registry.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string code, HttpContext http, QueueRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(code, cancellationToken) is { } queue
            ? RegistryResponses.Ok(http, queue, queue.VersionId)
            : RegistryResponses.NotFound(What, code);

    private static async Task<IResult> CreateAsync(HttpContext http, QueueRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<QueueInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.CreateAsync(input!, cancellationToken);
        return result.Value is { } queue
            ? RegistryResponses.Ok(http, queue, queue.VersionId, $"{http.Request.PathBase}/api/routing/queues/{Uri.EscapeDataString(queue.Code)}")
            : RegistryResponses.Refusal(result, What, input!.Code ?? "");
    }

    private static async Task<IResult> UpdateAsync(string code, HttpContext http, QueueRegistry registry, CancellationToken cancellationToken)
    {
        var (input, problem) = await LimitedJsonBody.ReadAsync<QueueInput>(http.Request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.UpdateAsync(code, input!, ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Value is { } queue ? RegistryResponses.Ok(http, queue, queue.VersionId) : RegistryResponses.Refusal(result, What, code);
    }

    private static async Task<IResult> DeleteAsync(string code, HttpContext http, QueueRegistry registry, CancellationToken cancellationToken)
    {
        var result = await registry.DeleteAsync(code, ETags.ExpectedVersion(http.Request), cancellationToken);
        return result.Succeeded ? Results.NoContent() : RegistryResponses.Refusal(result, What, code);
    }
}
