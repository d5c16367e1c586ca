using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Recipes.Models;

/// <summary>
/// What a <c>call-routing</c> recipe step sets up in a force, read from the step's JSON. The configuration items are
/// the same inputs the API takes (so the same validation applies to them), the plan is the same document
/// <c>PUT /api/routing/plans/{version}</c> takes; <see cref="Plan"/> is null when the step publishes none.
/// </summary>
public sealed record RoutingSeed(
    IReadOnlyList<ScheduleInput> Schedules,
    IReadOnlyList<CentreInput> Centres,
    IReadOnlyList<QueueInput> Queues,
    IReadOnlyList<SeedAgreement> Agreements,
    RoutingPlanDocument? Plan);
