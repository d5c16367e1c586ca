using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.CallRouting.Live.Services;

namespace Portal.CallRouting.Live.Endpoints;

/// <summary>
/// <c>GET /routing/dashboard/stream</c>: the dashboard's server-sent events. Each message is an <c>event: state</c> whose
/// data is the same JSON as <c>GET /api/routing/state</c>, with the message's sequence number as its id. The stream
/// stays open until the client goes or the tenant is released (then the browser's EventSource reconnects).
/// </summary>
public static class DashboardStreamEndpoint
{
    public const string Path = "/routing/dashboard/stream";

    /// <summary>A comment line this often keeps proxies from closing a stream while nothing changes.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapDashboardStream(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, StreamAsync)
            .WithTags("Call routing")
            .WithName("StreamRoutingDashboard")
            .WithSummary("Server-sent events: the live routing state (same JSON as /api/routing/state) each time it changes.")
            .RequireAuthorization(Permissions.ViewRoutingPolicy, ApiScope.Policy("routing.read"))
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static async Task StreamAsync(HttpContext http, LiveStateBroadcaster broadcaster)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var aborted = http.RequestAborted;
        using var subscription = broadcaster.Subscribe();
        // Tell the browser how long to wait before reconnecting, and start the response at once.
        await response.WriteAsync("retry: 2000\n\n", aborted);
        await response.Body.FlushAsync(aborted);
        try
        {
            var reader = subscription.Messages;
            while (true)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(KeepAlive);
                bool more;
                try
                {
                    more = await reader.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", aborted);
                    await response.Body.FlushAsync(aborted);
                    continue;
                }

                if (!more)
                {
                    return;
                }

                while (reader.TryRead(out var message))
                {
                    await response.WriteAsync($"id: {message.Sequence}\nevent: state\ndata: {message.Json}\n\n", aborted);
                }

                await response.Body.FlushAsync(aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nothing to answer.
        }
    }
}
