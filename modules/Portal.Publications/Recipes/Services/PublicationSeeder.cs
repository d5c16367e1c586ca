using System.Security.Claims;
using Portal.Publications.Reports.Models;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Recipes.Services;

/// <summary>
/// Publishes a recipe's reports through <see cref="ReportAuthoring"/>, the service behind the authoring API: each
/// report is created as a draft by the recipe's author, submitted, approved and published (first version) by the
/// recipe's approver, so it is validated, audited and announced to the platform's index exactly as an editor's would
/// be. The first refusal stops the setup with a <see cref="PublicationSeedFailure"/> naming the report and the field.
/// </summary>
public sealed class PublicationSeeder(ReportAuthoring authoring)
{
    public async Task SeedAsync(IReadOnlyList<ReportInput> reports, string recipe, CancellationToken cancellationToken)
    {
        var author = PublicationRecipeActors.Author(recipe);
        var approver = PublicationRecipeActors.Approver(recipe);
        for (var i = 0; i < reports.Count; i++)
        {
            var input = reports[i];
            var item = $"reports[{i}] ({input.Reference})";
            var reference = Step(item, "created", await authoring.CreateAsync(input, author, cancellationToken)).Reference;
            await StepAsync(item, "submitted", author, (user, ct) => authoring.SubmitAsync(reference, null, user, ct), cancellationToken);
            await StepAsync(item, "approved", approver, (user, ct) => authoring.ApproveAsync(reference, null, user, ct), cancellationToken);
            await StepAsync(item, "published", approver, (user, ct) => authoring.PublishAsync(reference, null, null, user, ct), cancellationToken);
        }
    }

    private static async Task StepAsync(string item, string step, ClaimsPrincipal user,
        Func<ClaimsPrincipal, CancellationToken, Task<ReportOutcome>> change, CancellationToken cancellationToken) =>
        Step(item, step, await change(user, cancellationToken));

    private static Reports.Domain.DecisionReport Step(string item, string step, ReportOutcome outcome) =>
        outcome.Report is { } report && outcome.Status is ReportOutcomeStatus.Done or ReportOutcomeStatus.Created
            ? report
            : throw PublicationSeedFailure.Of($"{item} (not {step})", outcome.Errors, outcome.Message);
}
