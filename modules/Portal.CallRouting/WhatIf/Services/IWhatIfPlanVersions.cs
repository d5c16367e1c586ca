using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// The plan versions what-if can compare, with their rules and configuration. The plans module's store implements it
/// (every version, drafts included, so a change can be tried before it is submitted); until it is wired in,
/// <see cref="PublishedPlanVersions"/> offers the published plan in force.
/// </summary>
public interface IWhatIfPlanVersions
{
    /// <summary>The versions to choose from, newest first.</summary>
    Task<IReadOnlyList<WhatIfPlanVersionSummary>> ListAsync(CancellationToken cancellationToken);

    /// <returns>The version, or null when there is none with that number.</returns>
    Task<WhatIfPlanVersion?> FindAsync(int version, CancellationToken cancellationToken);
}
