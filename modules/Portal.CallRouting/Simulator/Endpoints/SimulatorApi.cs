using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.Abstractions.Web;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Simulator.Models;
using Portal.CallRouting.Simulator.Services;

namespace Portal.CallRouting.Simulator.Endpoints;

/// <summary>
/// <c>/api/routing/simulator</c> (feature Portal.CallRouting.Simulator): its status, <c>start</c> (409 while a run
/// plays) and <c>stop</c> (404 when none plays). Starting and stopping change what the dashboard shows, so they need
/// EditRouting (and routing.write for a token); the status needs ViewRouting.
/// </summary>
public static class SimulatorApi
{
    public static IEndpointRouteBuilder MapSimulatorApi(this IEndpointRouteBuilder routes)
    {
        var simulator = routes.MapGroup("/api/routing/simulator").WithTags("Call routing");
        simulator.MapGet("", (TrafficSimulator traffic) => Results.Ok(traffic.Status))
            .WithName("GetRoutingSimulator")
            .WithSummary("Whether the traffic simulator plays, with what parameters, and the calls it offered, answered and lost.")
            .RequireAuthorization(Permissions.ViewRoutingPolicy, ApiScope.Policy("routing.read"))
            .Produces<SimulatorStatus>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        simulator.MapPost("/start", StartAsync)
            .WithName("StartRoutingSimulator")
            .WithSummary("Starts simulated traffic: arrivals per queue (calls/s), agents per centre, handling time (mean, Exponential or LogNormal), patience; all optional.")
            .RequireAuthorization(Permissions.EditRoutingPolicy, ApiScope.Policy("routing.write"))
            .Accepts<SimulatorStartInput>("application/json")
            .Produces<SimulatorStatus>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        simulator.MapPost("/stop", StopAsync)
            .WithName("StopRoutingSimulator")
            .WithSummary("Stops the simulated traffic; callers still waiting hang up.")
            .RequireAuthorization(Permissions.EditRoutingPolicy, ApiScope.Policy("routing.write"))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static async Task<IResult> StartAsync(HttpRequest request, ClaimsPrincipal user, TrafficSimulator traffic, IRoutingDirectory directory,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await JsonBody.ReadAsync(request, emptyAs: new SimulatorStartInput());
        if (problem is not null)
        {
            return problem;
        }

        var configuration = await directory.CurrentAsync(cancellationToken);
        var (parameters, malformed, unknown) = SimulationParametersValidator.Validate(input!, configuration);
        if (malformed.Count > 0)
        {
            return Results.ValidationProblem(malformed, title: "The simulation's parameters are not valid.");
        }

        if (unknown.Count > 0)
        {
            return Results.ValidationProblem(unknown, statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The simulation names queues or centres the force does not have.");
        }

        return await traffic.StartAsync(parameters!, configuration, ActorOf(user), cancellationToken) is { } status
            ? Results.Ok(status)
            : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The simulator is already running.",
                detail: "Stop the running simulation before starting another.");
    }

    private static async Task<IResult> StopAsync(ClaimsPrincipal user, TrafficSimulator traffic, CancellationToken cancellationToken) =>
        await traffic.StopAsync(ActorOf(user), cancellationToken)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The simulator is not running.", detail: "There is no simulation to stop.");

    internal static string ActorOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.FindFirst("client_id")?.Value ?? user.FindFirst("sub")?.Value ?? "unknown";
}
