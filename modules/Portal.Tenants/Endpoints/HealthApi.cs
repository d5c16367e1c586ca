using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Web;
using Portal.Tenants.Models;
using Portal.Tenants.Services;

namespace Portal.Tenants.Endpoints;

/// <summary>
/// <c>/api/health/errors</c>: the messages in the bus's error queues, and a re-drive that moves one back to the
/// queue it failed on. Refusals are problem+json.
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/health").WithTags("Health");

        group.MapGet("/errors", ListAsync)
            .RequireAuthorization(Permissions.ViewHealth.Policy)
            .WithName("ListFailedMessages")
            .WithSummary("Lists the messages waiting in the error queues (oldest first, at most 200).")
            .Produces<ErrorQueueResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/errors/{id}/redrive", RedriveAsync)
            .RequireAuthorization(Permissions.RedriveMessages.Policy)
            .Accepts(typeof(RedriveRequest), isOptional: true, "application/json")
            .WithName("RedriveFailedMessage")
            .WithSummary("Moves one failed message back to the queue it failed on.")
            .Produces<RedriveResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return routes;
    }

    private static async Task<IResult> ListAsync(PlatformHealthReader reader, CancellationToken cancellationToken)
    {
        var messages = await reader.ErrorsAsync(cancellationToken);
        return messages is null ? BrokerUnavailable() : Results.Ok(new ErrorQueueResponse(reader.ErrorSource, messages));
    }

    private static async Task<IResult> RedriveAsync(string id, HttpContext http, PlatformHealthReader reader, CancellationToken cancellationToken)
    {
        var (_, problem) = await JsonBody.ReadAsync(http.Request, emptyAs: RedriveRequest.Empty);
        if (problem is not null)
        {
            return problem;
        }

        if (!Guid.TryParse(id, out var messageId))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The message id must be a GUID, as listed by GET /api/health/errors."] },
                title: "Nothing was re-driven.");
        }

        bool found;
        try
        {
            found = await reader.RedriveAsync(messageId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return BrokerUnavailable();
        }

        return found
            ? Results.Ok(new RedriveResponse(messageId, Redriven: true))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such failed message",
                detail: $"No error queue holds the message {messageId} (any more).");
    }

    private static IResult BrokerUnavailable() => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The error queues could not be read", detail: "The message broker did not answer; try again when /health/ready reports the bus healthy.");
}
