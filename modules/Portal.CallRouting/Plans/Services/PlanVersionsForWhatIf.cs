using Portal.CallRouting.Domain;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Plans.Services;

/// <summary>
/// Every stored plan version, drafts included, for what-if: a change can be tried before it is submitted. A published
/// version is predicted with the configuration copy it was published with; any other with the configuration as it is.
/// </summary>
internal sealed class PlanVersionsForWhatIf(PlanWorkflow workflow, IRoutingDirectory directory) : IWhatIfPlanVersions
{
    public async Task<IReadOnlyList<WhatIfPlanVersionSummary>> ListAsync(CancellationToken cancellationToken) =>
        (await workflow.ListAsync(cancellationToken))
            .OrderByDescending(v => v.Version.Number)
            .Select(v => new WhatIfPlanVersionSummary(v.Version.Number, Label(v.Version.Number, v.Status)))
            .ToList();

    public async Task<WhatIfPlanVersion?> FindAsync(int version, CancellationToken cancellationToken)
    {
        if (await workflow.GetAsync(version, cancellationToken) is not { } found)
        {
            return null;
        }

        var configuration = found.Version.ConfigurationJson is { } copy
            ? PlanJson.Configuration(copy)
            : await directory.CurrentAsync(cancellationToken);
        return new WhatIfPlanVersion(version, Label(version, found.Status), PlanJson.Document(found.Version.DocumentJson), configuration);
    }

    private static string Label(int number, Models.PlanVersionStatus status) =>
        $"Version {number} ({(status.InForce ? "in force" : status.Scheduled ? "scheduled" : status.State.ToString().ToLowerInvariant())})";
}
