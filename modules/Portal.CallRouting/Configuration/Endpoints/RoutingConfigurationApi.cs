using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Portal.CallRouting.Configuration.Endpoints;

public static class RoutingConfigurationApi
{
    /// <summary>Maps <c>/api/routing/centres</c>, <c>/queues</c> and <c>/schedules</c>.</summary>
    public static IEndpointRouteBuilder MapRoutingConfigurationApi(this IEndpointRouteBuilder routes)
    {
        var routing = routes.MapGroup("/api/routing");
        CentresApi.MapCentres(routing);
        QueuesApi.MapQueues(routing);
        SchedulesApi.MapSchedules(routing);
        return routes;
    }
}
