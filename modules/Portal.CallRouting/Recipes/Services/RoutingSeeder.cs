using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.Recipes.Models;

namespace Portal.CallRouting.Recipes.Services;

/// <summary>
/// Sets up a force's routing from a <see cref="RoutingSeed"/> through the module's own services, in dependency order:
/// schedules, centres, queues, agreements, then the plan, which goes the whole workflow (draft, submit with validation,
/// approve, publish with its configuration copy and SHA-256). Each item is validated and audited as if it came through
/// the API; the first refusal stops the setup with a <see cref="RoutingSeedFailure"/>.
/// </summary>
public sealed class RoutingSeeder(
    ScheduleRegistry schedules,
    CentreRegistry centres,
    QueueRegistry queues,
    AgreementSeeder agreements,
    PlanWorkflow plans)
{
    public async Task SeedAsync(RoutingSeed seed, string recipe, CancellationToken cancellationToken)
    {
        foreach (var schedule in seed.Schedules)
        {
            Check($"the schedule '{schedule.Code}'", await schedules.CreateAsync(schedule, cancellationToken));
        }

        foreach (var centre in seed.Centres)
        {
            Check($"the centre '{centre.Code}'", await centres.CreateAsync(centre, cancellationToken));
        }

        foreach (var queue in seed.Queues)
        {
            Check($"the queue '{queue.Code}'", await queues.CreateAsync(queue, cancellationToken));
        }

        foreach (var agreement in seed.Agreements)
        {
            await agreements.SeedAsync(agreement, RecipeActors.Author(recipe), cancellationToken);
        }

        if (seed.Plan is { } plan)
        {
            await PublishAsync(plan, recipe, cancellationToken);
        }
    }

    private async Task PublishAsync(RoutingPlanDocument document, string recipe, CancellationToken cancellationToken)
    {
        var author = RecipeActors.Author(recipe);
        var approver = RecipeActors.Approver(recipe);
        var version = Step("created", await plans.CreateAsync(copyFrom: null, author, cancellationToken));
        version = Step("edited", await plans.UpdateAsync(version.Number, version.ConcurrencyToken, document, author, cancellationToken));
        version = Step("submitted", await plans.SubmitAsync(version.Number, version.ConcurrencyToken, author, cancellationToken));
        version = Step("approved", await plans.ApproveAsync(version.Number, version.ConcurrencyToken, approver, cancellationToken));
        Step("published", await plans.PublishAsync(version.Number, version.ConcurrencyToken, at: null, approver, cancellationToken));
    }

    private static Plans.Models.RoutingPlanVersion Step(string step, PlanOutcome outcome)
    {
        if (outcome is { Kind: PlanOutcomeKind.Done, Version: { } version })
        {
            return version;
        }

        var errors = outcome.Validation?.ErrorsByPath() ?? outcome.Errors ?? new Dictionary<string, string[]> { [""] = [outcome.Reason ?? outcome.Kind.ToString()] };
        throw RoutingSeedFailure.Of($"the routing plan (not {step})", errors.ToDictionary(e => "plan." + e.Key, e => e.Value));
    }

    private static void Check<T>(string item, RegistryResult<T> result) where T : class
    {
        if (!result.Succeeded)
        {
            throw RoutingSeedFailure.Of(item, result.Errors.Count > 0 ? result.Errors : new Dictionary<string, string[]> { [""] = [result.Title ?? result.Status.ToString()] });
        }
    }
}
