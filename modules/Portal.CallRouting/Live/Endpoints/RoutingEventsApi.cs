using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Security;
using Portal.Abstractions.Shell;
using Portal.Abstractions.Web;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Models;
using Portal.CallRouting.Live.Security;
using Portal.CallRouting.Live.Services;
using Portal.CallRouting.Web;

namespace Portal.CallRouting.Live.Endpoints;

/// <summary>
/// <c>POST /api/routing/events</c>: the telephony platform's client reports calls and centres, one event (a JSON
/// object) or a batch (a JSON array of up to <see cref="MaxBatch"/>). Every event is checked first; then all are
/// stored in the tenant's outbox in one transaction and reach the live state over the bus, exactly like the
/// simulator's. 202 with the count: accepted, applied within moments. Nothing is published when any event is refused.
/// </summary>
public static class RoutingEventsApi
{
    public const int MaxBatch = 1000;
    /// <summary>The routing APIs' one limit (<see cref="RoutingApiBody"/>), 413 problem+json above it.</summary>
    public const long MaxBodyBytes = RoutingApiBody.MaxBytes;

    public static IEndpointRouteBuilder MapRoutingEventsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/routing/events", AcceptAsync)
            .WithTags("Call routing")
            .WithName("PostRoutingEvents")
            .WithSummary("Telephony events (callOffered, callAnswered, callAbandoned, centreStateChanged, agentsAvailableChanged), one or an array; client credentials with routing.events only.")
            .RequireAuthorization(Permissions.ViewRoutingPolicy, ApiScope.Policy(TelephonyClientRequirement.Scope))
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().AddRequirements(new TelephonyClientRequirement()))
            .Accepts<TelephonyEventInput[]>("application/json")
            .Produces<EventsAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return routes;
    }

    private static async Task<IResult> AcceptAsync(HttpRequest request, ClaimsPrincipal user, IRoutingDirectory directory, IEventOutbox outbox,
        ShellSettings tenant, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        var (body, problem) = await LimitedJsonBody.ReadAsync<JsonNode>(request, RoutingApiBody.Limit);
        if (problem is not null)
        {
            return problem;
        }

        var (items, readErrors) = Read(body!, json.Value.SerializerOptions);
        if (readErrors.Count > 0)
        {
            return Results.ValidationProblem(readErrors, title: "The events could not be read.");
        }

        var configuration = await directory.CurrentAsync(cancellationToken);
        var reportedBy = TelephonyClientHandler.ClientOf(user) ?? user.Identity?.Name ?? "telephony";
        var result = TelephonyEventValidator.Validate(items, configuration, tenant.Name, reportedBy, clock.GetUtcNow());
        if (result.Malformed.Count > 0)
        {
            return Results.ValidationProblem(result.Malformed, title: "Some events are not well formed; none was accepted.");
        }

        if (result.UnknownReferences.Count > 0)
        {
            return Results.ValidationProblem(result.UnknownReferences, statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Some events name queues or centres the force does not have; none was accepted.");
        }

        await outbox.PublishAsync(result.Events, cancellationToken);
        return Results.Json(new EventsAccepted(result.Events.Count), statusCode: StatusCodes.Status202Accepted);
    }

    private static (List<(string Path, TelephonyEventInput Input)> Items, Dictionary<string, string[]> Errors) Read(JsonNode body, JsonSerializerOptions options)
    {
        var items = new List<(string, TelephonyEventInput)>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var elements = body is JsonArray array ? array.Select((node, i) => ($"[{i}]", node)).ToList() : [("", body)];
        if (body is JsonArray && (elements.Count == 0 || elements.Count > MaxBatch))
        {
            errors[""] = [$"Send 1 to {MaxBatch} events in one request."];
            return (items, errors);
        }

        foreach (var (path, node) in elements)
        {
            if (node is not JsonObject)
            {
                errors[path] = ["Each event is a JSON object."];
                continue;
            }

            try
            {
                items.Add((path, node.Deserialize<TelephonyEventInput>(options)!));
            }
            catch (JsonException ex)
            {
                var field = FieldOf(ex.Path);
                var key = path.Length == 0 ? field : field.Length == 0 ? path : $"{path}.{field}";
                errors[key] = [ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                    ? $"'{field}' is not a field of a telephony event."
                    : $"'{field}' has the wrong type or format."];
            }
        }

        return (items, errors);
    }

    // "$.availableAgents" -> "availableAgents".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
