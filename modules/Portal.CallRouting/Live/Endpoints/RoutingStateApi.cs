using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.CallRouting.Live.Models;
using Portal.CallRouting.Live.Services;

namespace Portal.CallRouting.Live.Endpoints;

/// <summary><c>GET /api/routing/state</c>: the live snapshot routing decisions use, per queue and per centre, and what partner forces send here.</summary>
public static class RoutingStateApi
{
    public static IEndpointRouteBuilder MapRoutingStateApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/routing/state", async (CachedLiveState reader, PartnerActivityReader partners, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var view = await reader.CurrentAsync(cancellationToken);
                response.Headers.CacheControl = "no-store";
                return Results.Ok(LiveStateResponse.From(view) with { Partners = await partners.CurrentAsync(cancellationToken) });
            })
            .WithTags("Call routing")
            .WithName("GetRoutingState")
            .WithSummary("Per queue: calls waiting, oldest wait, share answered within 10 s and abandoned calls over the last 15 minutes, agents available; per centre: service state and agents; calls partner forces overflow here and their contingencies.")
            .RequireAuthorization(Permissions.ViewRoutingPolicy, ApiScope.Policy("routing.read"))
            .Produces<LiveStateResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }
}
